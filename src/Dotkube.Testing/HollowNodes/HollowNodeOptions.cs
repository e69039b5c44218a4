using Dotkube.Api.Core.V1;

namespace Dotkube.Testing.HollowNodes;

/// <summary>How many hollow nodes to run and how they behave; defaults describe a healthy kubelet.</summary>
public sealed class HollowNodeOptions
{
    /// <summary>Number of nodes. Defaults to 3.</summary>
    public int Count { get; init; } = 3;

    /// <summary>Nodes are named prefix-0, prefix-1, ... Defaults to "hollow".</summary>
    public string NamePrefix { get; init; } = "hollow";

    /// <summary>Lease renewal interval (the kubelet's default: 10 s).</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Lease duration written to the Lease (the kubelet's default: 40 s).</summary>
    public int LeaseDurationSeconds { get; init; } = 40;

    /// <summary>Capacity (and allocatable) of each node. Defaults to 4 CPUs, 16 GiB, 110 pods.</summary>
    public IReadOnlyDictionary<string, string> Capacity { get; init; } = new Dictionary<string, string>
    {
        ["cpu"] = "4",
        ["memory"] = "16Gi",
        ["pods"] = "110",
        ["ephemeral-storage"] = "100Gi",
    };

    /// <summary>Extra labels on every node (e.g. a zone).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Decides each pod's fate. Defaults to <see cref="HollowPodFate.Ready"/> for every pod.</summary>
    public Func<Pod, HollowPodFate> Fate { get; init; } = _ => HollowPodFate.Ready;

    /// <summary>
    /// Also bind pods that name no node to a healthy hollow node (fewest pods first): a stand-in
    /// for the scheduler where none runs (an in-process API server alone). Defaults to false:
    /// with `dotkube server` or a Scheduler running, the real scheduler binds.
    /// </summary>
    public bool BindUnscheduledPods { get; init; }

    /// <summary>Bind only pods of this namespace (tests sharing a server); null binds pods of every namespace. Defaults to null.</summary>
    public string? BindNamespace { get; init; }

    /// <summary>Pod status updates in flight at once. Defaults to 8.</summary>
    public int Workers { get; init; } = 8;

    public void Validate()
    {
        if (Count < 1)
            throw new ArgumentException("hollow node count must be at least 1");
        if (LeaseRenewInterval <= TimeSpan.Zero)
            throw new ArgumentException("lease renew interval must be positive");
        if (Workers < 1)
            throw new ArgumentException("workers must be at least 1");
    }
}
