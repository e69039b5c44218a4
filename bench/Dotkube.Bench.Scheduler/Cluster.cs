using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Client.Rest;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// scheduler_perf's objects, written through the API server: nodes as its node-default template
/// (4 CPU, 32 GiB, 110 pods, Ready=True; no kubelet, so no leases or status updates follow),
/// labelled as its node preparer does, and pods from a <see cref="PodTemplates"/> template.
/// </summary>
public sealed class Cluster(KubeClient client)
{
    private static readonly Dictionary<string, string> NodeCapacity = new() { ["cpu"] = "4", ["memory"] = "32Gi", ["pods"] = "110" };
    private int _created;

    /// <summary>Pod creates answered so far, all namespaces.</summary>
    public int Created => Volatile.Read(ref _created);

    /// <summary>
    /// Creates nodes scheduler-perf-00000.. with <paramref name="labels"/> and, as scheduler_perf's
    /// node preparer, kubernetes.io/hostname set to the node's name (upstream patches the strategy's
    /// labels on after the create; here they come with it, before any pod exists either way).
    /// </summary>
    public async Task CreateNodesAsync(int count, IReadOnlyDictionary<string, string> labels, int concurrency, CancellationToken ct) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                var node = Node($"scheduler-perf-{i:D5}", labels);
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

    /// <summary>Creates <paramref name="count"/> pods named pod-00000.. in <paramref name="ns"/> from <paramref name="template"/>, <paramref name="concurrency"/> at a time.</summary>
    public async Task CreatePodsAsync(string ns, Func<string, string, Pod> template, int count, int concurrency, CancellationToken ct) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (i, token) =>
            {
                await client.CreateAsync(template(ns, $"pod-{i:D5}"), ct: token);
                Interlocked.Increment(ref _created);
            });

    private static Node Node(string name, IReadOnlyDictionary<string, string> labels)
    {
        var capacity = NodeCapacity.ToDictionary(p => p.Key, p => Quantity.Parse(p.Value));
        var now = DateTimeOffset.UtcNow;
        return new Node
        {
            Metadata = new ObjectMeta { Name = name, Labels = new Dictionary<string, string>(labels) { [PodTemplates.HostnameLabel] = name } },
            Status = new NodeStatus
            {
                Capacity = capacity,
                Allocatable = capacity,
                Conditions = [new NodeCondition { Type = NodeConditionType.Ready, Status = ConditionStatus.True, LastHeartbeatTime = now, LastTransitionTime = now }],
            },
        };
    }
}
