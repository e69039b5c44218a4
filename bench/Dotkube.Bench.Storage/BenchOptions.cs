namespace Dotkube.Bench.Storage;

/// <summary>
/// Command-line settings of the storage benchmark. Defaults are the full run recorded in
/// docs/benchmarks.md; <c>--quick</c> shrinks every phase to a smoke run of a few seconds.
/// </summary>
public sealed class BenchOptions
{
    /// <summary>Seconds of closed-loop writes per concurrency level. Defaults to 3 s (<c>--quick</c>: 0.5 s).</summary>
    public double DurationSeconds { get; set; } = 3;

    /// <summary>Concurrent writers per level. Defaults to 1, 16, 64 and 256, as issue 3 asks.</summary>
    public int[] Concurrency { get; set; } = [1, 16, 64, 256];

    /// <summary>Value size of every write. Defaults to 1 KiB (a small Kubernetes object).</summary>
    public int ValueSize { get; set; } = 1024;

    /// <summary>Keys listed by the Range benchmark. Defaults to 10,000.</summary>
    public int RangeKeys { get; set; } = 10_000;

    /// <summary>Timed Range calls over those keys. Defaults to 30 (<c>--quick</c>: 5).</summary>
    public int RangeIterations { get; set; } = 30;

    /// <summary>Concurrent watchers on one prefix. Defaults to 100.</summary>
    public int Watchers { get; set; } = 100;

    /// <summary>Writes observed by every watcher. Defaults to 1,000 (<c>--quick</c>: 100).</summary>
    public int WatchWrites { get; set; } = 1_000;

    /// <summary>Updates of the size benchmark. Defaults to 1,000,000 (<c>--quick</c>: 20,000); <c>--updates N</c> overrides.</summary>
    public int Updates { get; set; } = 1_000_000;

    /// <summary>Distinct keys those updates cycle over. Defaults to 1,000.</summary>
    public int UpdateKeys { get; set; } = 1_000;

    /// <summary>Skip raw etcd (e.g. where /usr/bin/etcd is missing). Defaults to false.</summary>
    public bool NoEtcd { get; set; }

    /// <summary>The phases to run. Defaults to all; <c>--only writes,reads,size</c> picks some.</summary>
    public BenchPhase Phases { get; set; } = BenchPhase.All;

    /// <summary>The etcd server binary. Defaults to Debian's <c>/usr/bin/etcd</c>.</summary>
    public string EtcdPath { get; set; } = "/usr/bin/etcd";

    /// <summary>Parses <paramref name="args"/>; unknown arguments are an error, not silently ignored.</summary>
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? updates = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    options.DurationSeconds = 0.5;
                    options.RangeIterations = 5;
                    options.WatchWrites = 100;
                    options.Updates = 20_000;
                    break;
                case "--duration":
                    options.DurationSeconds = double.Parse(Next(args, ref i), System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--updates":
                    updates = int.Parse(Next(args, ref i), System.Globalization.CultureInfo.InvariantCulture);
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
                        $"unknown argument {args[i]}; usage: [--quick] [--duration SECONDS] [--updates N] [--only writes,reads,size] [--no-etcd] [--etcd PATH]");
            }
        }

        // --updates wins over --quick whatever their order.
        options.Updates = updates ?? options.Updates;
        return options;
    }

    /// <summary>True if any of <paramref name="phases"/> is selected.</summary>
    public bool Runs(BenchPhase phases) => (Phases & phases) != 0;

    private static BenchPhase ParsePhases(string list)
    {
        var phases = (BenchPhase)0;
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            phases |= Enum.TryParse<BenchPhase>(name, ignoreCase: true, out var phase) && phase != BenchPhase.All
                ? phase
                : throw new ArgumentException($"unknown phase {name}; phases: writes, reads, size");
        }

        return phases != 0 ? phases : throw new ArgumentException("--only needs at least one phase");
    }

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
