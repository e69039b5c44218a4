using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// Command-line settings of the scheduler throughput benchmark. <c>--workload</c> picks one of
/// scheduler_perf's workloads (<see cref="Workload.All"/>; defaults to SchedulingBasic); the sizes
/// default to its thresholded 5000Nodes variant, and <c>--quick</c> takes its 500Nodes variant instead.
/// </summary>
public sealed class BenchOptions : ServerBenchOptions
{
    public Workload Workload { get; set; } = Workload.Basic;

    /// <summary>Nodes (4 CPU, 32 GiB, 110 pods each). Defaults to the workload's (5,000; <c>--quick</c>: 500).</summary>
    public int Nodes { get; set; } = Workload.Basic.Full.Nodes;

    /// <summary>Pods scheduled before the measurement starts. Defaults to the workload's (SchedulingBasic: 1,000; <c>--quick</c>: 100).</summary>
    public int InitialPods { get; set; } = Workload.Basic.Full.InitialPods;

    /// <summary>Pods whose scheduling is measured. Defaults to the workload's (SchedulingBasic: 10,000; <c>--quick</c>: 1,000).</summary>
    public int Pods { get; set; } = Workload.Basic.Full.Pods;

    /// <summary>
    /// Pod creates in flight at once. Defaults to 32: enough that creation runs well ahead of the
    /// scheduler (the run prints both rates), well under the server's 200 mutating requests in flight.
    /// </summary>
    public int CreateConcurrency { get; set; } = 32;

    /// <summary>Node creates in flight at once while preparing the cluster. Defaults to 32.</summary>
    public int NodeConcurrency { get; set; } = 32;

    /// <summary>Waiting for the measured pods to be bound gives up after <see cref="ServerBenchOptions.Timeout"/>: 5 minutes by default (<c>--quick</c>: 1).</summary>
    protected override TimeSpan FullTimeout => TimeSpan.FromMinutes(5);

    protected override TimeSpan QuickTimeout => TimeSpan.FromMinutes(1);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? nodes = null, initial = null, pods = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--workload":
                    options.Workload = Workload.Find(Next(args, ref i));
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
                default:
                    if (!options.TryParseCommonOption(args, ref i))
                        throw new ArgumentException(
                            $"unknown argument {args[i]}; usage: [--workload NAME] [--nodes N] [--initial-pods N] [--pods N] [--concurrency N] " +
                            CommonUsage);
                    break;
            }
        }

        // Explicit counts win over the workload's and --quick whatever their order.
        var sizes = options.Quick ? options.Workload.Quick : options.Workload.Full;
        options.Nodes = nodes ?? sizes.Nodes;
        options.InitialPods = initial ?? sizes.InitialPods;
        options.Pods = pods ?? sizes.Pods;
        if (options.Nodes < 1 || options.InitialPods < 0 || options.Pods < 1 || options.CreateConcurrency < 1)
            throw new ArgumentException("--nodes, --pods and --concurrency must be at least 1, --initial-pods at least 0");
        return options;
    }
}
