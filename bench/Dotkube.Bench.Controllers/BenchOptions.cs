using System.Globalization;
using Dotkube.Bench.Shared;

namespace Dotkube.Bench.Controllers;

/// <summary>
/// Command-line settings of the controllers-at-scale benchmark. Defaults are the full run of
/// issue 5 recorded in docs/benchmarks.md; <c>--quick</c> is a smoke run of under a minute.
/// </summary>
public sealed class BenchOptions : ServerBenchOptions
{
    /// <summary>Deployments to create. Defaults to 1,000, as issue 5 asks (<c>--quick</c>: 100).</summary>
    public int Deployments { get; set; } = 1_000;

    /// <summary>Replicas of each Deployment. Defaults to 10, as issue 5 asks.</summary>
    public int Replicas { get; set; } = 10;

    /// <summary>Hollow nodes the pods land on. Defaults to 100, as issue 5 asks (<c>--quick</c>: 10).</summary>
    public int Nodes { get; set; } = 100;

    /// <summary>Namespaces the Deployments are spread over, round robin. Defaults to 10.</summary>
    public int Namespaces { get; set; } = 10;

    /// <summary>
    /// Deployment creates in flight at once. Defaults to 16: a deploy tool or a CI pipeline applying
    /// many manifests, well under the server's 200 mutating in-flight requests.
    /// </summary>
    public int CreateConcurrency { get; set; } = 16;

    /// <summary>
    /// Binds and pod status patches the hollow nodes have in flight (each). Defaults to 16, twice
    /// the harness's 8: with 10,000 pods the hollow kubelets' status writes would otherwise be
    /// the run's bottleneck rather than the controllers.
    /// </summary>
    public int HollowWorkers { get; set; } = 16;

    /// <summary>Waiting for all Deployments available gives up after <see cref="ServerBenchOptions.Timeout"/>: 10 minutes by default (<c>--quick</c>: 2).</summary>
    protected override TimeSpan FullTimeout => TimeSpan.FromMinutes(10);

    protected override TimeSpan QuickTimeout => TimeSpan.FromMinutes(2);

    /// <summary>Seconds between progress lines. Defaults to 5.</summary>
    public double ProgressSeconds { get; set; } = 5;

    /// <summary>Also print the server's work queue depths and request counts with every progress line.</summary>
    public bool Trace { get; set; }

    public int Pods => Deployments * Replicas;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? deployments = null, nodes = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--deployments":
                    deployments = Int(args, ref i);
                    break;
                case "--replicas":
                    options.Replicas = Int(args, ref i);
                    break;
                case "--nodes":
                    nodes = Int(args, ref i);
                    break;
                case "--namespaces":
                    options.Namespaces = Int(args, ref i);
                    break;
                case "--concurrency":
                    options.CreateConcurrency = Int(args, ref i);
                    break;
                case "--hollow-workers":
                    options.HollowWorkers = Int(args, ref i);
                    break;
                case "--progress":
                    options.ProgressSeconds = double.Parse(Next(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--trace":
                    options.Trace = true;
                    break;
                default:
                    if (!options.TryParseCommonOption(args, ref i))
                        throw new ArgumentException(
                            $"unknown argument {args[i]}; usage: [--deployments N] [--replicas N] [--nodes N] [--namespaces N] " +
                            "[--concurrency N] [--hollow-workers N] [--progress SECONDS] [--trace] " + CommonUsage);
                    break;
            }
        }

        // Explicit counts win over --quick whatever their order.
        options.Deployments = deployments ?? (options.Quick ? 100 : options.Deployments);
        options.Nodes = nodes ?? (options.Quick ? 10 : options.Nodes);
        options.Validate();
        return options;
    }

    private void Validate()
    {
        if (Deployments < 1 || Replicas < 1 || Nodes < 1 || Namespaces < 1 || CreateConcurrency < 1 || HollowWorkers < 1)
            throw new ArgumentException("counts must be at least 1");
        if (ProgressSeconds <= 0)
            throw new ArgumentException("--progress must be positive");
    }
}
