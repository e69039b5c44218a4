using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// Command-line settings of the scheduler throughput benchmark. Defaults are scheduler_perf's
/// SchedulingBasic/5000Nodes as issue 6 asks; <c>--quick</c> is a smoke run of 500 nodes, 100 + 1,000 pods.
/// </summary>
public sealed class BenchOptions : ServerBenchOptions
{
    /// <summary>Nodes (4 CPU, 32 GiB, 110 pods each). Defaults to 5,000 (<c>--quick</c>: 500).</summary>
    public int Nodes { get; set; } = 5_000;

    /// <summary>Pods scheduled before the measurement starts. Defaults to 1,000 (<c>--quick</c>: 100).</summary>
    public int InitialPods { get; set; } = 1_000;

    /// <summary>Pods whose scheduling is measured. Defaults to 10,000 (<c>--quick</c>: 1,000).</summary>
    public int Pods { get; set; } = 10_000;

    /// <summary>
    /// Pod creates in flight at once. Defaults to 32: enough that creation runs well ahead of the
    /// scheduler (the run prints both rates), well under the server's 200 mutating requests in flight.
    /// </summary>
    public int CreateConcurrency { get; set; } = 32;

    /// <summary>Node creates in flight at once while preparing the cluster. Defaults to 32.</summary>
    public int NodeConcurrency { get; set; } = 32;

    /// <summary>Give up waiting for the measured pods to be bound after this long. Defaults to 5 minutes (<c>--quick</c>: 1).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var quick = false;
        int? nodes = null, initial = null, pods = null;
        TimeSpan? timeout = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--nodes":
                    nodes = Int(args, ref i);
                    break;
                case "--initial-pods":
                    initial = Int(args, ref i);
                    break;
                case "--pods":
                    pods = Int(args, ref i);
                    break;
                case "--concurrency":
                    options.CreateConcurrency = Int(args, ref i);
                    break;
                case "--timeout":
                    timeout = TimeSpan.FromSeconds(Int(args, ref i));
                    break;
                default:
                    if (!options.TryParseServerOption(args, ref i))
                        throw new ArgumentException(
                            $"unknown argument {args[i]}; usage: [--quick] [--nodes N] [--initial-pods N] [--pods N] [--concurrency N] " +
                            "[--timeout SECONDS] " + ServerUsage);
                    break;
            }
        }

        // Explicit counts win over --quick whatever their order.
        options.Nodes = nodes ?? (quick ? 500 : options.Nodes);
        options.InitialPods = initial ?? (quick ? 100 : options.InitialPods);
        options.Pods = pods ?? (quick ? 1_000 : options.Pods);
        options.Timeout = timeout ?? (quick ? TimeSpan.FromMinutes(1) : options.Timeout);
        if (options.Nodes < 1 || options.InitialPods < 0 || options.Pods < 1 || options.CreateConcurrency < 1)
            throw new ArgumentException("--nodes, --pods and --concurrency must be at least 1, --initial-pods at least 0");
        return options;
    }
}
