using Dotkube.Api.Patching;

namespace Dotkube.Api.Tests.Patching;

public class PatchMetaTests
{
    [Theory]
    [InlineData("containers", "merge", "name", PatchMetaKind.List)]
    [InlineData("volumes", "merge,retainKeys", "name", PatchMetaKind.List)]
    [InlineData("tolerations", null, null, PatchMetaKind.List)]
    [InlineData("strategy", "retainKeys", null, PatchMetaKind.Struct)]
    [InlineData("extra", null, null, PatchMetaKind.FreeForm)]
    public void FindField_TaggedProperty_ReadsStrategyAndMergeKey(string field, string? strategy, string? mergeKey, PatchMetaKind kind)
    {
        var spec = PatchAssert.PodMeta.FindField("spec")!.Value;

        var found = spec.FindField(field)!;

        Assert.Equal(strategy, found.Strategy);
        Assert.Equal(mergeKey, found.MergeKey);
        Assert.Equal(kind, found.Value.Kind);
    }

    [Fact]
    public void FindField_ListField_ExposesElementType()
    {
        var containers = PatchAssert.PodMeta.FindField("spec")!.Value.FindField("containers")!.Value;

        Assert.Equal(typeof(TestContainer), containers.Element!.ClrType);
        Assert.Equal("containerPort", containers.Element.FindField("ports")!.MergeKey);
    }

    [Fact]
    public void FindField_Dictionary_IsMapOfValueType()
    {
        var labels = PatchAssert.PodMeta.FindField("metadata")!.Value.FindField("labels")!.Value;

        Assert.Equal(PatchMetaKind.Map, labels.Kind);
        Assert.Equal(typeof(string), labels.Element!.ClrType);
    }

    [Fact]
    public void For_SameType_IsCached()
    {
        Assert.Same(PatchAssert.PodMeta, PatchMeta.For(typeof(TestPod), PatchTestJsonContext.Default.Options));
    }

    [Fact]
    public void FindField_UnknownOrDifferentCase_FollowsGoMatching()
    {
        Assert.Null(PatchAssert.PodMeta.FindField("nope"));
        Assert.Equal("spec", PatchAssert.PodMeta.FindField("Spec")!.JsonName);
    }
}
