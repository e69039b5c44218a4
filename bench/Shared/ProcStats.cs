using System.Globalization;
using System.Runtime.InteropServices;

namespace Dotkube.Bench.Shared;

/// <summary>
/// One reading of a process from /proc: CPU time (utime + stime of /proc/PID/stat, all threads)
/// and memory (VmRSS and its high-water mark VmHWM of /proc/PID/status).
/// </summary>
public readonly record struct ProcStats(TimeSpan Cpu, long RssKib, long PeakRssKib)
{
    private const int ScClkTck = 2;

    // USER_HZ: the unit of utime/stime, 100 on every mainstream Linux build, asked for all the same.
    private static readonly double TicksPerSecond = Math.Max(1, SysConf(ScClkTck));

    public double RssMib => RssKib / 1024.0;

    public double PeakRssMib => PeakRssKib / 1024.0;

    /// <summary>Reads process <paramref name="pid"/>; null once it is gone.</summary>
    public static ProcStats? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of the man page (utime, stime) are 11 and 12 after the name and state.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    rss = Kib(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    peak = Kib(line);
            }

            return new ProcStats(TimeSpan.FromSeconds(ticks / TicksPerSecond), rss, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ProcStats Self() => Read(Environment.ProcessId) ?? throw new InvalidOperationException("/proc/self is not readable");

    /// <summary>The 1, 5 and 15 minute load averages, to show how busy the shared machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    [DllImport("libc.so.6", EntryPoint = "sysconf")]
    private static extern long SysConf(int name);
}
