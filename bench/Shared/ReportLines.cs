using System.Globalization;
using System.Runtime;

namespace Dotkube.Bench.Shared;

/// <summary>Console output both server benchmarks print the same way (invariant culture, DESIGN.md §9).</summary>
public static class ReportLines
{
    /// <summary>The first two lines: this machine and runtime, then the server command line.</summary>
    public static void Banner(string benchmark, string dll, IEnumerable<string> serverArguments)
    {
        Console.WriteLine($"dotkube {benchmark} benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                          $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC here, load average {ProcStats.LoadAverage()}");
        Console.WriteLine($"server: dotnet {dll} server (SQLite in a temp data dir){string.Concat(serverArguments.Select(a => " " + a))}");
    }

    /// <summary>The <paramref name="top"/> API request kinds of the window by count, with their mean latency.</summary>
    public static void Requests(MetricsSnapshot before, MetricsSnapshot after, int top, string window)
    {
        Console.WriteLine($"API requests during the {window} (apiserver_request_total increase, top {top}; mean latency):");
        foreach (var (key, delta) in MetricsSnapshot.Increase(after.Requests, before.Requests).Take(top))
        {
            var mean = MetricsSnapshot.Increase(after.RequestSeconds, before.RequestSeconds, key) / delta * 1000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-40} {delta,8:N0}  {mean,8:F1} ms"));
        }
    }
}
