using Dotkube.Api.Meta;
using Dotkube.Controllers.GarbageCollector;

namespace Dotkube.Controllers.Tests.GarbageCollector;

public sealed class MetadataPatchesTests
{
    private static OwnerReference Ref(string uid, bool? block = null) =>
        new() { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = "rs-" + uid, Uid = uid, Controller = true, BlockOwnerDeletion = block };

    [Fact]
    public void Removing_some_owners_keeps_the_others_and_pins_the_resource_version()
    {
        var meta = new ObjectMeta { ResourceVersion = "42", OwnerReferences = [Ref("a"), Ref("b", true)] };
        Assert.Equal(
            """{"metadata":{"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"rs-b","uid":"b","controller":true,"blockOwnerDeletion":true}],"resourceVersion":"42"}}""",
            MetadataPatches.RemoveOwners(meta, new HashSet<string> { "a" }));
    }

    [Fact]
    public void Removing_the_last_owner_clears_the_list()
    {
        var meta = new ObjectMeta { ResourceVersion = "7", OwnerReferences = [Ref("a")] };
        Assert.Equal("""{"metadata":{"ownerReferences":null,"resourceVersion":"7"}}""", MetadataPatches.RemoveOwners(meta, new HashSet<string> { "a" }));
    }

    [Fact]
    public void Unblocking_sets_block_owner_deletion_false_only_where_it_was_true()
    {
        var meta = new ObjectMeta { ResourceVersion = "1", OwnerReferences = [Ref("a", true), Ref("b")] };
        var patch = MetadataPatches.UnblockOwners(meta);
        Assert.Contains("\"uid\":\"a\",\"controller\":true,\"blockOwnerDeletion\":false", patch, StringComparison.Ordinal);
        Assert.Contains("\"uid\":\"b\",\"controller\":true}", patch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "orphan" }, """{"metadata":{"finalizers":null,"resourceVersion":"3"}}""")]
    [InlineData(new[] { "example.com/x", "orphan" }, """{"metadata":{"finalizers":["example.com/x"],"resourceVersion":"3"}}""")]
    public void Removing_a_finalizer_keeps_the_others(string[] finalizers, string expected) =>
        Assert.Equal(expected, MetadataPatches.RemoveFinalizer(new ObjectMeta { ResourceVersion = "3", Finalizers = [.. finalizers] }, "orphan"));
}
