using Dotkube.Api.Core.V1;

namespace Dotkube.Bench.Scheduler;

/// <summary>Nodes, pods scheduled before the measurement, and pods measured.</summary>
public readonly record struct Sizes(int Nodes, int InitialPods, int Pods);

/// <summary>
/// One of scheduler_perf's workloads that issue 6 names, as upstream's performance-config.yaml
/// defines it: the namespaces of the initial and measured pods, their template, the labels the node
/// preparer adds, the sizes of its thresholded 5000Nodes variant (<paramref name="Full"/>) and of
/// its 500Nodes variant (<paramref name="Quick"/>), and the threshold.
/// </summary>
/// <param name="UpstreamFloor">Upstream's threshold for the 5000Nodes variant: average pods/s on its CI machine (6 CPUs, scheduler alone).</param>
/// <param name="Pod">The pod template: (namespace, name) to the pod to create.</param>
public sealed record Workload(string Name, double UpstreamFloor, Sizes Full, Sizes Quick, string InitialNamespace, string MeasuredNamespace,
    Func<string, string, Pod> Pod)
{
    /// <summary>scheduler_perf's SchedulingBasic/5000Nodes_10000Pods (threshold 680). <c>--quick</c> keeps its earlier 500 / 100 / 1,000.</summary>
    public static readonly Workload Basic =
        new("SchedulingBasic", 680, Full: new(5_000, 1_000, 10_000), Quick: new(500, 100, 1_000), "sched-0", "sched-1", PodTemplates.Default);

    /// <summary>
    /// SchedulingNodeAffinity/5000Nodes_10000Pods (threshold 220): every node labelled
    /// topology.kubernetes.io/zone=zone1 (labelNodePrepareStrategy with the one value), pods
    /// requiring zone In (zone1, zone2); no createNamespaces op, so the pods go to namespace-1 and
    /// namespace-2, scheduler_perf's names for pods of ops 1 and 2 without a namespace.
    /// </summary>
    public static readonly Workload NodeAffinity =
        new("SchedulingNodeAffinity", 220, Full: new(5_000, 5_000, 10_000), Quick: new(500, 500, 1_000), "namespace-1", "namespace-2",
            PodTemplates.WithNodeAffinity) { NodeLabels = new Dictionary<string, string> { [PodTemplates.ZoneLabel] = "zone1" } };

    /// <summary>
    /// SchedulingPodAntiAffinity/5000Nodes_2000Pods (threshold 60): pods labelled color=green that
    /// must not share a node (kubernetes.io/hostname) with another color=green pod of sched-0 or sched-1.
    /// </summary>
    public static readonly Workload PodAntiAffinity =
        new("SchedulingPodAntiAffinity", 60, Full: new(5_000, 1_000, 2_000), Quick: new(500, 100, 400), "sched-0", "sched-1",
            PodTemplates.WithPodAntiAffinity) { OnePodPerNode = true };

    public static IReadOnlyList<Workload> All { get; } = [Basic, NodeAffinity, PodAntiAffinity];

    /// <summary>Labels on every node besides kubernetes.io/hostname, which scheduler_perf's node preparer always sets.</summary>
    public IReadOnlyDictionary<string, string> NodeLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>True when no two of the workload's pods may share a node; the run checks it at the end.</summary>
    public bool OnePodPerNode { get; init; }

    public static Workload Find(string name) =>
        All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown workload {name}; one of {string.Join(", ", All.Select(w => w.Name))}");
}
