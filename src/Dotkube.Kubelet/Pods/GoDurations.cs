using System.Globalization;

namespace Dotkube.Kubelet.Pods;

/// <summary>Durations as Go's time.Duration.String writes whole seconds (10s, 1m20s, 5m0s), for upstream's messages.</summary>
internal static class GoDurations
{
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        var (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        var text = rest.ToString(CultureInfo.InvariantCulture) + "s";
        if (seconds >= 60)
            text = minutes.ToString(CultureInfo.InvariantCulture) + "m" + text;
        if (seconds >= 3600)
            text = hours.ToString(CultureInfo.InvariantCulture) + "h" + text;
        return text;
    }
}
