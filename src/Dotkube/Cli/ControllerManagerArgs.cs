using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dotkube.Controllers;

namespace Dotkube.Cli;

/// <summary>
/// k3s's --kube-controller-manager-arg: "flag=value" pairs with kube-controller-manager's flag
/// names, applied over the server's defaults. Only the flags dotkube's controllers read are
/// accepted; anything else is an error rather than silently ignored.
/// </summary>
public static partial class ControllerManagerArgs
{
    public static ControllerManagerOptions Apply(ControllerManagerOptions options, IEnumerable<string> args)
    {
        foreach (var arg in args)
        {
            var (flag, value) = Split("--kube-controller-manager-arg", arg);
            options = flag switch
            {
                "node-monitor-grace-period" => options with { NodeMonitorGracePeriod = GoDuration(flag, value) },
                "node-monitor-period" => options with { NodeMonitorPeriod = GoDuration(flag, value) },
                "node-eviction-rate" => options with { NodeEvictionRate = Number(flag, value) },
                "node-cidr-mask-size" => options with { NodeCidrMaskSize = (int)Number(flag, value) },
                "cluster-cidr" => options with { ClusterCidr = IPNetwork.TryParse(value, out var cidr)
                    ? cidr
                    : throw new ArgumentException($"cluster-cidr must be a CIDR, got \"{value}\"") },
                "terminated-pod-gc-threshold" => options with { TerminatedPodGcThreshold = (int)Number(flag, value) },
                "controllers" => options with { Disabled = Disabled(value) },
                _ => throw new ArgumentException($"--kube-controller-manager-arg: unknown or unsupported flag \"{flag}\""),
            };
        }

        options.Validate();
        return options;
    }

    /// <summary>"flag=value" (the flag with or without leading dashes), as k3s passes these args on.</summary>
    public static (string Flag, string Value) Split(string option, string arg)
    {
        var at = arg.IndexOf('=', StringComparison.Ordinal);
        return at > 0
            ? (arg[..at].TrimStart('-'), arg[(at + 1)..])
            : throw new ArgumentException($"{option} must be flag=value, got \"{arg}\"");
    }

    /// <summary>A Go time.Duration string such as "40s", "1m30s" or "500ms".</summary>
    public static TimeSpan GoDuration(string flag, string text)
    {
        var parts = DurationPart().Matches(text);
        if (text.Length == 0 || parts.Sum(p => p.Length) != text.Length)
            throw new ArgumentException($"{flag} must be a duration such as 40s or 1m30s, got \"{text}\"");
        var ticks = 0.0;
        foreach (Match part in parts)
        {
            var n = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            ticks += n * part.Groups["unit"].Value switch
            {
                "ns" => 0.01,
                "us" or "µs" => 10,
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                _ => TimeSpan.TicksPerHour,
            };
        }

        return TimeSpan.FromTicks((long)ticks);
    }

    // Upstream's --controllers list: "*" for the defaults, "name" to enable, "-name" to disable.
    private static HashSet<string> Disabled(string value) =>
        [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(c => c.StartsWith('-')).Select(c => c[1..])];

    private static double Number(string flag, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{flag} must be a non-negative number, got \"{text}\"");

    [GeneratedRegex(@"(?<n>\d+(\.\d+)?)(?<unit>ns|us|µs|ms|s|m|h)")]
    private static partial Regex DurationPart();
}
