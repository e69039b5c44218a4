using System.Globalization;

namespace Dotkube.Bench.Kubelet;

/// <summary>The runtime side at one moment: processes found, their CPU with what they reaped, RSS summed and PSS summed.</summary>
public readonly record struct RuntimeReading(TimeSpan Cpu, double RssMib, double PssMib, int Processes);

/// <summary>
/// The runtime side of the node, beside the server process that hosts the agent: the agent's
/// containerd and its shims (every process whose command line names the data dir, the server
/// itself left out), summed. CPU includes their reaped children (cutime + cstime): the CNI plugins
/// containerd runs and the runc calls of the shims, which are gone before any sample sees them.
/// RSS counts the shims' shared pages once per shim; PSS shares them out, so it is the fair sum.
/// Containers' own processes are not counted.
/// </summary>
public sealed class RuntimeProcesses(string dataDir, int serverPid)
{
    private const double TicksPerSecond = 100; // USER_HZ, as ProcStats

    public RuntimeReading Now()
    {
        var (ticks, rssKib, pssKib, count) = (0L, 0L, 0L, 0);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == serverPid || pid == Environment.ProcessId)
                continue;
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(dataDir, StringComparison.Ordinal))
                    continue;
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name and state: utime, stime, cutime, cstime are 11..14.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var own = fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
                var (rss, pss) = (Kib(Path.Combine(dir, "status"), "VmRSS:"), Kib(Path.Combine(dir, "smaps_rollup"), "Pss:"));
                (ticks, rssKib, pssKib, count) = (ticks + own, rssKib + rss, pssKib + pss, count + 1);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone between the listing and the read.
            }
        }

        return new RuntimeReading(TimeSpan.FromSeconds(ticks / TicksPerSecond), rssKib / 1024.0, pssKib / 1024.0, count);
    }

    private static long Kib(string file, string key) =>
        File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            : 0;
}
