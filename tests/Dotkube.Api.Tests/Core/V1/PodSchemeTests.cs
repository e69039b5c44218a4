using System.Reflection;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Core.V1;

public class PodSchemeTests
{
    [Fact]
    public void Find_PodByGvkAndPlural_ReturnsPodInfo()
    {
        var byGvk = Scheme.Default.Find(new GroupVersionKind("", "v1", "Pod"));
        var byPlural = Scheme.Default.FindResource("", "v1", "pods");

        Assert.NotNull(byGvk);
        Assert.Same(byGvk, byPlural);
        Assert.Equal(typeof(Pod), byGvk.ClrType);
        Assert.Equal("pod", byGvk.Singular);
        Assert.Equal(["po"], byGvk.ShortNames);
        Assert.Contains("ephemeralcontainers", byGvk.Subresources);
        Assert.NotNull(byGvk.ListTypeInfo);
    }

    [Theory]
    [InlineData("podtemplates", typeof(PodTemplate))]
    [InlineData("replicationcontrollers", typeof(ReplicationController))]
    public void FindResource_WorkloadKinds_AreListable(string plural, Type type)
    {
        var info = Scheme.Default.FindResource("", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.NotNull(info.ListTypeInfo);
    }

    [Fact]
    public void FindResource_Binding_IsCreateOnly()
    {
        var info = Scheme.Default.FindResource("", "v1", "bindings");

        Assert.NotNull(info);
        Assert.Equal(["create"], info.Verbs);
    }

    [Theory]
    [InlineData(typeof(PodSpec), nameof(PodSpec.Volumes), "merge,retainKeys", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.Containers), "merge", "name")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.HostAliases), "merge", "ip")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.TopologySpreadConstraints), "merge", "topologyKey")]
    [InlineData(typeof(PodSpec), nameof(PodSpec.ResourceClaims), "merge,retainKeys", "name")]
    [InlineData(typeof(Container), nameof(Container.Ports), "merge", "containerPort")]
    [InlineData(typeof(Container), nameof(Container.VolumeMounts), "merge", "mountPath")]
    [InlineData(typeof(EphemeralContainer), nameof(EphemeralContainer.VolumeDevices), "merge", "devicePath")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.PodIPs), "merge", "ip")]
    [InlineData(typeof(PodStatus), nameof(PodStatus.Conditions), "merge", "type")]
    public void PatchTags_MatchUpstream(Type type, string property, string strategy, string mergeKey)
    {
        var info = type.GetProperty(property)!;

        Assert.Equal(strategy, info.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy);
        Assert.Equal(mergeKey, info.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key);
    }
}
