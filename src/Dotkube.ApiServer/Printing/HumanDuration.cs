using System.Globalization;

namespace Dotkube.ApiServer.Printing;

/// <summary>
/// apimachinery's duration.HumanDuration: two or three significant figures ("45s", "3m12s",
/// "2d4h", "3y120d"), the text of every AGE cell. Go truncates toward zero at each step; so
/// does integer division on ticks here.
/// </summary>
internal static class HumanDuration
{
    /// <summary>What upstream prints for an unset (zero) timestamp.</summary>
    public const string Unknown = "<unknown>";

    public static string Format(TimeSpan duration)
    {
        // As upstream: up to 2 s in the future is clock skew and reads as now; more is invalid.
        var seconds = duration.Ticks / TimeSpan.TicksPerSecond;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 60 * 2)
        {
            return Invariant($"{seconds}s");
        }

        var minutes = duration.Ticks / TimeSpan.TicksPerMinute;
        if (minutes < 10)
        {
            var s = seconds % 60;
            return s == 0 ? Invariant($"{minutes}m") : Invariant($"{minutes}m{s}s");
        }

        if (minutes < 60 * 3)
        {
            return Invariant($"{minutes}m");
        }

        var hours = duration.Ticks / TimeSpan.TicksPerHour;
        if (hours < 8)
        {
            var m = minutes % 60;
            return m == 0 ? Invariant($"{hours}h") : Invariant($"{hours}h{m}m");
        }

        if (hours < 48)
        {
            return Invariant($"{hours}h");
        }

        if (hours < 24 * 8)
        {
            var h = hours % 24;
            return h == 0 ? Invariant($"{hours / 24}d") : Invariant($"{hours / 24}d{h}h");
        }

        if (hours < 24 * 365 * 2)
        {
            return Invariant($"{hours / 24}d");
        }

        if (hours < 24 * 365 * 8)
        {
            var dy = hours / 24 % 365;
            return dy == 0 ? Invariant($"{hours / 24 / 365}y") : Invariant($"{hours / 24 / 365}y{dy}d");
        }

        return Invariant($"{hours / 24 / 365}y");
    }

    /// <summary>translateTimestampSince: the age of <paramref name="timestamp"/>, or "&lt;unknown&gt;" when unset.</summary>
    public static string Since(DateTimeOffset timestamp, DateTimeOffset now) =>
        timestamp == default ? Unknown : Format(now - timestamp);

    public static string Since(DateTimeOffset? timestamp, DateTimeOffset now) => Since(timestamp ?? default, now);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
