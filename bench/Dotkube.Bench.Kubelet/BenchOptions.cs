using System.Globalization;
using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Kubelet;

/// <summary>
/// Command-line settings of the pod startup benchmark. Defaults are issue 7's run recorded in
/// docs/benchmarks.md: 100 pods at 5 pods/s on the one node, and as many raw CRI pods at the same rate.
/// </summary>
public sealed class BenchOptions : ServerBenchOptions
{
    /// <summary>Pods created through the API. Defaults to 100, as issue 7 asks (<c>--quick</c>: 20).</summary>
    public int Pods { get; set; } = 100;

    /// <summary>Pod creates per second, open loop. Defaults to 5, as issue 7 asks.</summary>
    public double Rate { get; set; } = 5;

    /// <summary>Sandboxes + containers run straight over CRI for the runtime floor. Defaults to <see cref="Pods"/>; 0 skips the floor.</summary>
    public int RawPods { get; set; } = 100;

    /// <summary>How long the agent's RSS and CPU are sampled with every pod running. Defaults to 20 s (<c>--quick</c>: 5 s).</summary>
    public TimeSpan SteadyWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A folder holding pause.tar and busybox.tar already built; by default images/build.sh of the
    /// repository (found from the current directory upwards) builds them into the run's temp dir.
    /// </summary>
    public string? ImagesDir { get; set; }

    /// <summary>The node's name (<c>--node-name</c> of the server).</summary>
    public string NodeName { get; set; } = "dotkube-bench-node";

    /// <summary>Waiting for every pod to be Running gives up after <see cref="ServerBenchOptions.Timeout"/>: 5 minutes by default (<c>--quick</c>: 2).</summary>
    protected override TimeSpan FullTimeout => TimeSpan.FromMinutes(5);

    protected override TimeSpan QuickTimeout => TimeSpan.FromMinutes(2);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? pods = null, raw = null, steady = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pods":
                    pods = Int(args, ref i);
                    break;
                case "--rate":
                    options.Rate = double.Parse(Next(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--raw-pods":
                    raw = Int(args, ref i);
                    break;
                case "--steady":
                    steady = Int(args, ref i);
                    break;
                case "--images":
                    options.ImagesDir = Path.GetFullPath(Next(args, ref i));
                    break;
                default:
                    if (!options.TryParseCommonOption(args, ref i))
                        throw new ArgumentException(
                            $"unknown argument {args[i]}; usage: [--pods N] [--rate PODS_PER_S] [--raw-pods N] [--steady SECONDS] [--images DIR] " + CommonUsage);
                    break;
            }
        }

        // Explicit counts win over --quick whatever their order.
        options.Pods = pods ?? (options.Quick ? 20 : 100);
        options.RawPods = raw ?? options.Pods;
        options.SteadyWindow = TimeSpan.FromSeconds(steady ?? (options.Quick ? 5 : 20));
        if (options.Pods < 1 || options.RawPods < 0 || options.Rate <= 0 || options.Pods > 110)
            throw new ArgumentException("--pods must be 1..110 (the node's pod capacity), --raw-pods at least 0, --rate positive");
        return options;
    }

    /// <summary>The arguments that reproduce this run, for the report.</summary>
    public string CommandLine(string[] args) =>
        "flock /tmp/dotkube-agent-e2e.lock dotnet run -c Release --project bench/Dotkube.Bench.Kubelet" +
        (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
}
