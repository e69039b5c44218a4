using System.Globalization;
using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// The node's own cpu and memory use from /proc, for the Summary's node stats: cpu time is
/// every non-idle jiffy of /proc/stat's "cpu" line (user, nice, system, irq, softirq, steal; a
/// jiffy is 10 ms at the USER_HZ of 100 Linux exports); memory as upstream derives it from the
/// root cgroup: usage is what is not free, the working set is usage without inactive file pages,
/// available is capacity minus the working set, rss the anonymous pages.
/// </summary>
internal sealed class NodeUsage(HostFiles files)
{
    private const ulong NanosecondsPerJiffy = 10_000_000;

    /// <summary>Cumulative non-idle cpu time of all cpus in ns, or null when /proc/stat is unreadable.</summary>
    public ulong? CpuUsageCoreNanoSeconds()
    {
        var line = (files.Read("/proc/stat") ?? "").Split('\n').FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        if (line is null)
            return null;
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => ulong.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
        if (fields.Length < 8)
            return null;
        // user nice system idle iowait irq softirq steal: idle and iowait are not use.
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return busy * NanosecondsPerJiffy;
    }

    /// <summary>When the machine booted (btime of /proc/stat), or null.</summary>
    public DateTimeOffset? BootTime()
    {
        var line = (files.Read("/proc/stat") ?? "").Split('\n').FirstOrDefault(l => l.StartsWith("btime ", StringComparison.Ordinal));
        return line is not null && long.TryParse(line[6..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    /// <summary>(usage, working set, available, rss) in bytes, or null when /proc/meminfo is unreadable.</summary>
    public (ulong Usage, ulong WorkingSet, ulong Available, ulong Rss)? Memory()
    {
        var meminfo = files.Read("/proc/meminfo");
        var total = MachineInfo.MemInfoBytes(meminfo, "MemTotal");
        if (total == 0)
            return null;
        var usage = Math.Max(0, total - MachineInfo.MemInfoBytes(meminfo, "MemFree"));
        var workingSet = Math.Max(0, usage - MachineInfo.MemInfoBytes(meminfo, "Inactive(file)"));
        return ((ulong)usage, (ulong)workingSet, (ulong)(total - workingSet), (ulong)MachineInfo.MemInfoBytes(meminfo, "AnonPages"));
    }
}
