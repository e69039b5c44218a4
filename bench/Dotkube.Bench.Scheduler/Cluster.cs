using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// scheduler_perf's objects, written through the API server: nodes as its node-default template
/// (4 CPU, 32 GiB, 110 pods, Ready=True; no kubelet, so no leases or status updates follow) and
/// pods as its pod-default template (one pause container requesting and limited to 100m / 500Mi).
/// </summary>
public sealed class Cluster(KubeClient client)
{
    private static readonly Dictionary<string, string> NodeCapacity = new() { ["cpu"] = "4", ["memory"] = "32Gi", ["pods"] = "110" };
    private int _created;

    /// <summary>Pod creates answered so far, all namespaces.</summary>
    public int Created => Volatile.Read(ref _created);

    public async Task CreateNodesAsync(int count, int concurrency, CancellationToken ct) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                var node = Node($"scheduler-perf-{i:D5}");
                var created = await client.CreateAsync(node, ct: token);
                // The API server may drop status on create (kubelets post it afterwards); post it then as a kubelet would.
                if (created.Status.Conditions is not { Count: > 0 })
                {
                    created.Status = node.Status;
                    await client.UpdateStatusAsync(created, ct: token);
                }
            });

    public async Task CreateNamespaceAsync(string name, CancellationToken ct) =>
        await client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } }, ct: ct);

    /// <summary>Creates <paramref name="count"/> pods named pod-00000.. in <paramref name="ns"/>, <paramref name="concurrency"/> at a time.</summary>
    public async Task CreatePodsAsync(string ns, int count, int concurrency, CancellationToken ct) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                await client.CreateAsync(Pod(ns, $"pod-{i:D5}"), ct: token);
                Interlocked.Increment(ref _created);
            });

    private static Node Node(string name)
    {
        var capacity = NodeCapacity.ToDictionary(p => p.Key, p => Quantity.Parse(p.Value));
        var now = DateTimeOffset.UtcNow;
        return new Node
        {
            Metadata = new ObjectMeta { Name = name },
            Status = new NodeStatus
            {
                Capacity = capacity,
                Allocatable = capacity,
                Conditions = [new NodeCondition { Type = NodeConditionType.Ready, Status = ConditionStatus.True, LastHeartbeatTime = now, LastTransitionTime = now }],
            },
        };
    }

    private static Pod Pod(string ns, string name)
    {
        var resources = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m"), ["memory"] = Quantity.Parse("500Mi") };
        return new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec
            {
                Containers =
                [
                    new Container
                    {
                        Name = "pause",
                        Image = "registry.k8s.io/pause:3.10.1",
                        Ports = [new ContainerPort { Port = 80 }],
                        Resources = new ResourceRequirements { Requests = resources, Limits = new Dictionary<string, Quantity>(resources) },
                    },
                ],
            },
        };
    }
}
