using System.Globalization;

namespace Dotkube.Bench.Api;

/// <summary>
/// Command-line settings of the API server benchmark. Defaults are the full run recorded in
/// docs/benchmarks.md; <c>--quick</c> shortens every timed level to a smoke run.
/// </summary>
public sealed class BenchOptions
{
    /// <summary>Seconds per rate level. Defaults to 10 s, as issue 4 asks (<c>--quick</c>: 3 s).</summary>
    public double DurationSeconds { get; set; } = 10;

    /// <summary>Target request rates of the open-loop phases. Defaults to 100, 500 and 2,000 req/s, as issue 4 asks.</summary>
    public int[] Rates { get; set; } = [100, 500, 2000];

    /// <summary>Operations of the rate phase. Defaults to create, get, list, patch; <c>--ops</c> picks some (get and patch need create).</summary>
    public string[] Operations { get; set; } = ["create", "get", "list", "patch"];

    /// <summary>
    /// HTTP/2 connections the load generator spreads requests over. Defaults to 4: "a few", as
    /// client-go's clients share one connection each and a controller manager has a handful.
    /// </summary>
    public int Connections { get; set; } = 4;

    /// <summary>
    /// Requests the open-loop generator lets be outstanding before it sheds (counts as an error)
    /// instead of sending. Defaults to 2,000: above the server's 400 + 200 in-flight limits, so
    /// the server's 429s show first, while a level far beyond capacity still ends in bounded time.
    /// </summary>
    public int MaxOutstanding { get; set; } = 2_000;

    /// <summary>Pods in the namespace the list phase lists. Defaults to 100 (a namespace of a small app).</summary>
    public int ListNamespacePods { get; set; } = 100;

    /// <summary>Concurrent clients of the closed-loop throughput phase. Defaults to 64.</summary>
    public int ThroughputClients { get; set; } = 64;

    /// <summary>Watch streams of the fan-out phase. Defaults to 1,000, as issue 4 asks.</summary>
    public int Watchers { get; set; } = 1_000;

    /// <summary>Changes written while they watch. Defaults to 200 (<c>--quick</c>: 60).</summary>
    public int WatchWrites { get; set; } = 200;

    /// <summary>Rate of those changes. Defaults to 20/s, as issue 4 asks.</summary>
    public int WatchWriteRate { get; set; } = 20;

    /// <summary>Pods of the big list. Defaults to 10,000, as issue 4 asks.</summary>
    public int BigListPods { get; set; } = 10_000;

    /// <summary>Timed lists per form; the median is reported. Defaults to 5, as issue 4 asks.</summary>
    public int BigListRepeats { get; set; } = 5;

    /// <summary>Skip the etcd backend and the raw etcd anchor. Defaults to false.</summary>
    public bool NoEtcd { get; set; }

    /// <summary>The etcd server binary. Defaults to Debian's <c>/usr/bin/etcd</c>.</summary>
    public string EtcdPath { get; set; } = "/usr/bin/etcd";

    /// <summary>The phases to run. Defaults to all; <c>--only rates,throughput,watch,list,breakdown</c> picks some.</summary>
    public ApiPhase Phases { get; set; } = ApiPhase.All;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        double? duration = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options.DurationSeconds = 3;
                    options.WatchWrites = 60;
                    break;
                case "--duration":
                    duration = double.Parse(Next(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--rates":
                    options.Rates = [.. Next(args, ref i).Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture))];
                    break;
                case "--ops":
                    options.Operations = Next(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--connections":
                    options.Connections = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--watchers":
                    options.Watchers = int.Parse(Next(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--http1":
                    ClientPool.Http1 = true;
                    break;
                case "--trace":
                    OpenLoop.Trace = true;
                    break;
                case "--no-etcd":
                    options.NoEtcd = true;
                    break;
                case "--etcd":
                    options.EtcdPath = Next(args, ref i);
                    break;
                case "--only":
                    options.Phases = ParsePhases(Next(args, ref i));
                    break;
                default:
                    throw new ArgumentException(
                        $"unknown argument {args[i]}; usage: [--quick] [--duration SECONDS] [--rates 100,500,2000] [--ops create,get,list,patch] " +
                        "[--connections N] [--watchers N] [--trace] [--http1] [--only rates,throughput,watch,list,breakdown] [--no-etcd] [--etcd PATH]");
            }
        }

        // --duration wins over --quick whatever their order.
        options.DurationSeconds = duration ?? options.DurationSeconds;
        return options;
    }

    public bool Runs(ApiPhase phase) => (Phases & phase) != 0;

    private static ApiPhase ParsePhases(string list)
    {
        var phases = (ApiPhase)0;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            phases |= Enum.TryParse<ApiPhase>(name, ignoreCase: true, out var phase) && phase != ApiPhase.All
                ? phase
                : throw new ArgumentException($"unknown phase {name}; phases: rates, throughput, watch, list, breakdown");
        }

        return phases != 0 ? phases : throw new ArgumentException("--only needs at least one phase");
    }

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
