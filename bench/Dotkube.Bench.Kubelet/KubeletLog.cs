using System.Globalization;
using System.Text.RegularExpressions;

namespace Dotkube.Bench.Kubelet;

/// <summary>
/// When the kubelet (in the server's log, klog lines in UTC with microseconds) created each
/// measured pod's sandbox and started its container: the two points inside the agent the
/// watch cannot see.
/// </summary>
public static partial class KubeletLog
{
    public static (Dictionary<string, DateTimeOffset> Sandboxes, Dictionary<string, DateTimeOffset> Containers) Read(string path, string ns)
    {
        var sandboxes = new Dictionary<string, DateTimeOffset>();
        var containers = new Dictionary<string, DateTimeOffset>();
        var year = DateTimeOffset.UtcNow.Year;
        foreach (var line in File.ReadLines(path))
        {
            var match = SandboxLine().Match(line);
            var into = sandboxes;
            if (!match.Success)
            {
                match = ContainerLine().Match(line);
                into = containers;
            }

            if (!match.Success || match.Groups["ns"].Value != ns)
                continue;
            var at = DateTimeOffset.ParseExact($"{year} {match.Groups["time"].Value}", "yyyy MMdd HH:mm:ss.ffffff",
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            into.TryAdd(match.Groups["pod"].Value, at);
        }

        return (sandboxes, containers);
    }

    [GeneratedRegex(@"^I(?<time>\d{4} \d\d:\d\d:\d\d\.\d{6}) +\d+ \w+\] Created sandbox \S+ \(attempt \d+\) for pod (?<ns>[^/]+)/(?<pod>\S+)$")]
    private static partial Regex SandboxLine();

    [GeneratedRegex(@"^I(?<time>\d{4} \d\d:\d\d:\d\d\.\d{6}) +\d+ \w+\] Started container \S+ \(\S+, restart \d+\) of pod (?<ns>[^/]+)/(?<pod>\S+)$")]
    private static partial Regex ContainerLine();
}
