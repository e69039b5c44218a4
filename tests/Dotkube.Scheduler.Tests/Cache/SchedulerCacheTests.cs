using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Cache;
using Dotkube.Testing;
using static Dotkube.Scheduler.Tests.Scheduling.Objects;

namespace Dotkube.Scheduler.Tests.Cache;

public sealed class SchedulerCacheTests
{
    private readonly ManualTime _time = new();
    private readonly SchedulerCache _cache;

    public SchedulerCacheTests()
    {
        _cache = new SchedulerCache(_time, TimeSpan.FromMinutes(15));
        _cache.AddOrUpdateNode(Node("n1"));
        _cache.AddOrUpdateNode(Node("n2"));
    }

    private long RequestedCpu(string node)
    {
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        return snapshot.Get(node)!.Requested.MilliCpu;
    }

    [Fact]
    public void An_assumed_pod_counts_on_its_node_at_once()
    {
        _cache.AssumePod(Pod("a", node: "n1", cpu: "500m"));

        Assert.Equal(500, RequestedCpu("n1"));
        Assert.True(_cache.IsAssumed(Pod("a")));
    }

    [Fact]
    public void The_informer_confirms_an_assumed_pod()
    {
        _cache.AssumePod(Pod("a", node: "n1", cpu: "500m"));
        _cache.FinishBinding(Pod("a", node: "n1"));

        _cache.AddPod(Pod("a", node: "n1", cpu: "500m"));
        _time.Advance(TimeSpan.FromHours(1));
        _cache.CleanupExpiredAssumedPods();

        Assert.False(_cache.IsAssumed(Pod("a")));
        Assert.Equal(500, RequestedCpu("n1"));
    }

    [Fact]
    public void A_confirmed_pod_that_landed_elsewhere_moves_to_that_node()
    {
        _cache.AssumePod(Pod("a", node: "n1", cpu: "500m"));

        _cache.AddPod(Pod("a", node: "n2", cpu: "500m"));

        Assert.Equal((0, 500), (RequestedCpu("n1"), RequestedCpu("n2")));
    }

    [Fact]
    public void A_forgotten_pod_no_longer_counts()
    {
        _cache.AssumePod(Pod("a", node: "n1", cpu: "500m"));

        _cache.ForgetPod(Pod("a", node: "n1"));

        Assert.Equal(0, RequestedCpu("n1"));
        Assert.False(_cache.IsAssumed(Pod("a")));
    }

    [Fact]
    public void An_unconfirmed_assumed_pod_expires_after_the_ttl_once_its_binding_finished()
    {
        _cache.AssumePod(Pod("a", node: "n1", cpu: "500m"));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(_cache.CleanupExpiredAssumedPods());

        _cache.FinishBinding(Pod("a", node: "n1"));
        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty(_cache.CleanupExpiredAssumedPods());
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("a", Assert.Single(_cache.CleanupExpiredAssumedPods()).Metadata.Name);
        Assert.Equal(0, RequestedCpu("n1"));
    }

    [Fact]
    public void Updating_a_snapshot_copies_only_the_nodes_that_changed()
    {
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        var (n1, n2) = (snapshot.Get("n1"), snapshot.Get("n2"));

        _cache.AddPod(Pod("a", node: "n2", cpu: "1"));
        _cache.UpdateSnapshot(snapshot);

        Assert.Same(n1, snapshot.Get("n1"));
        Assert.NotSame(n2, snapshot.Get("n2"));
        Assert.Equal(1000, snapshot.Get("n2")!.Requested.MilliCpu);
        Assert.Equal(0, n2!.Requested.MilliCpu);
    }

    [Fact]
    public void Snapshots_leave_out_deleted_nodes_and_list_nodes_in_name_order()
    {
        _cache.AddOrUpdateNode(Node("n0"));
        _cache.AddPod(Pod("a", node: "n1"));
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(["n0", "n1", "n2"], snapshot.Nodes.Select(n => n.Name));

        _cache.RemoveNode(Node("n1"));
        _cache.UpdateSnapshot(snapshot);

        Assert.Equal(["n0", "n2"], snapshot.Nodes.Select(n => n.Name));
        Assert.Null(snapshot.Get("n1"));
    }

    [Fact]
    public void A_pod_bound_to_a_node_not_yet_seen_counts_once_the_node_arrives()
    {
        _cache.AddPod(Pod("a", node: "n9", cpu: "2"));
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        Assert.Null(snapshot.Get("n9"));

        _cache.AddOrUpdateNode(Node("n9"));
        _cache.UpdateSnapshot(snapshot);

        Assert.Equal(2000, snapshot.Get("n9")!.Requested.MilliCpu);
    }

    [Fact]
    public void An_incremental_update_swaps_the_changed_node_in_place_and_keeps_name_order()
    {
        _cache.AddOrUpdateNode(Node("n0"));
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        var before = snapshot.Nodes;

        _cache.AssumePod(Pod("a", node: "n1", cpu: "1"));
        _cache.UpdateSnapshot(snapshot);

        Assert.Equal(["n0", "n1", "n2"], snapshot.Nodes.Select(n => n.Name));
        Assert.Same(snapshot.Get("n1"), snapshot.Nodes[1]);
        Assert.Equal(1000, snapshot.Nodes[1].Requested.MilliCpu);
        Assert.Equal(0, before[1].Requested.MilliCpu);
    }

    [Fact]
    public void Nodes_with_affinity_pods_follow_incremental_updates()
    {
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        var picky = Pod("a", node: "n2");
        picky.Spec.Affinity = new Affinity { PodAntiAffinity = new PodAntiAffinity
        {
            RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm { TopologyKey = "kubernetes.io/hostname" }],
        } };

        _cache.AddPod(picky);
        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(["n2"], snapshot.NodesWithAffinityPods.Select(n => n.Name));
        Assert.Equal(["n2"], snapshot.NodesWithRequiredAntiAffinityPods.Select(n => n.Name));

        _cache.RemovePod(picky);
        _cache.UpdateSnapshot(snapshot);
        Assert.Empty(snapshot.NodesWithAffinityPods);
        Assert.Empty(snapshot.NodesWithRequiredAntiAffinityPods);
    }

    [Fact]
    public void The_snapshot_counts_the_nodes_holding_each_image()
    {
        var snapshot = new Snapshot();
        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(0, snapshot.NodesWithImage("docker.io/library/busybox:latest"));

        foreach (var name in new[] { "n1", "n2" })
        {
            var node = Node(name);
            node.Status.Images = [new ContainerImage { Names = ["busybox"], SizeBytes = 5_000_000 }];
            _cache.AddOrUpdateNode(node);
        }

        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(2, snapshot.NodesWithImage("docker.io/library/busybox:latest"));

        _cache.AddOrUpdateNode(Node("n1"));
        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(1, snapshot.NodesWithImage("docker.io/library/busybox:latest"));

        _cache.RemoveNode(Node("n2"));
        _cache.UpdateSnapshot(snapshot);
        Assert.Equal(0, snapshot.NodesWithImage("docker.io/library/busybox:latest"));
    }
}
