using Dotkube.Api.Meta;
using Dotkube.Controllers.GarbageCollector;

namespace Dotkube.Controllers.Tests.GarbageCollector;

public sealed class DependencyGraphTests
{
    private readonly List<string> _toDelete = [];
    private readonly List<string> _toOrphan = [];
    private readonly DependencyGraph _graph;

    public DependencyGraphTests() => _graph = new DependencyGraph(_toDelete.Add, _toOrphan.Add);

    private static ObjectIdentity Id(string uid) => new("v1", "ConfigMap", "ns", "n-" + uid, uid);

    private static OwnerReference Ref(string uid, bool block = false) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Name = "n-" + uid, Uid = uid, BlockOwnerDeletion = block ? true : null };

    private void Observe(string uid, List<OwnerReference>? owners = null, bool deleting = false, params string[] finalizers) =>
        _graph.Apply(new GraphEvent(GraphEventKind.Observed, Id(uid), new ObjectMeta
        {
            Uid = uid,
            OwnerReferences = owners,
            DeletionTimestamp = deleting ? DateTimeOffset.UnixEpoch : null,
            Finalizers = finalizers.Length == 0 ? null : [.. finalizers],
        }));

    [Fact]
    public void An_owner_known_only_from_a_reference_is_virtual_and_checked()
    {
        Observe("child", [Ref("owner")]);

        Assert.True(_graph.Snapshot("owner")!.Virtual);
        Assert.Equal(["owner"], _toDelete);
    }

    [Fact]
    public void Observing_a_virtual_owner_makes_it_real_with_its_dependents()
    {
        Observe("child", [Ref("owner")]);
        Observe("owner");

        var owner = _graph.Snapshot("owner")!;
        Assert.False(owner.Virtual);
        Assert.Equal("child", Assert.Single(owner.Dependents).Identity.Uid);
    }

    [Fact]
    public void Deleting_an_owner_queues_its_dependents()
    {
        Observe("owner");
        Observe("child", [Ref("owner")]);
        _toDelete.Clear();

        _graph.Apply(new GraphEvent(GraphEventKind.Deleted, Id("owner")));

        Assert.Equal(["child"], _toDelete);
        Assert.Null(_graph.Snapshot("owner"));
    }

    [Fact]
    public void A_virtual_delete_removes_only_a_node_that_is_still_virtual()
    {
        Observe("owner");
        _graph.Apply(new GraphEvent(GraphEventKind.VirtualDeleted, Id("owner")));
        Assert.NotNull(_graph.Snapshot("owner"));
    }

    [Fact]
    public void Foreground_deletion_marks_the_owner_and_queues_it_with_its_dependents()
    {
        Observe("owner");
        Observe("child", [Ref("owner", block: true)]);
        _toDelete.Clear();

        Observe("owner", deleting: true, finalizers: DependencyGraph.ForegroundFinalizer);

        var owner = _graph.Snapshot("owner")!;
        Assert.True(owner.DeletingDependents);
        Assert.True(Assert.Single(owner.Dependents).BlocksOwner);
        Assert.Equal(["child", "owner"], _toDelete);
    }

    [Fact]
    public void Orphan_deletion_queues_the_owner_for_orphaning()
    {
        Observe("owner", deleting: true, finalizers: DependencyGraph.OrphanFinalizer);
        Assert.Equal(["owner"], _toOrphan);
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("unblocked")]
    [InlineData("deleted")]
    public void A_foreground_owner_is_queued_again_when_a_dependent_stops_blocking_it(string how)
    {
        Observe("owner", deleting: true, finalizers: DependencyGraph.ForegroundFinalizer);
        Observe("child", [Ref("owner", block: true)]);
        _toDelete.Clear();

        switch (how)
        {
            case "removed":
                Observe("child", []);
                break;
            case "unblocked":
                Observe("child", [Ref("owner")]);
                break;
            default:
                _graph.Apply(new GraphEvent(GraphEventKind.Deleted, Id("child")));
                break;
        }

        Assert.Contains("owner", _toDelete);
        Assert.DoesNotContain(_graph.Snapshot("owner")!.Dependents, d => d.BlocksOwner);
    }

    [Fact]
    public void Diff_tells_added_removed_and_unblocked_references_apart()
    {
        var (added, removed, unblocked) = DependencyGraph.Diff([Ref("a", block: true), Ref("b")], [Ref("a"), Ref("c")]);
        Assert.Equal("c", Assert.Single(added).Uid);
        Assert.Equal("b", Assert.Single(removed).Uid);
        Assert.Equal("a", Assert.Single(unblocked).Uid);
    }
}
