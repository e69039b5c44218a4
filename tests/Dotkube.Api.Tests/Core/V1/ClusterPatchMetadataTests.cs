using System.Reflection;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Core.V1;

/// <summary>The strategic-merge tags carried over from upstream's struct tags.</summary>
public class ClusterPatchMetadataTests
{
    [Theory]
    [InlineData(typeof(NodeSpec), nameof(NodeSpec.PodCIDRs), "merge", null)]
    [InlineData(typeof(NodeStatus), nameof(NodeStatus.Conditions), "merge", "type")]
    [InlineData(typeof(NodeStatus), nameof(NodeStatus.Addresses), "merge", "type")]
    [InlineData(typeof(NamespaceStatus), nameof(NamespaceStatus.Conditions), "merge", "type")]
    [InlineData(typeof(ServiceSpec), nameof(ServiceSpec.Ports), "merge", "port")]
    [InlineData(typeof(ServiceStatus), nameof(ServiceStatus.Conditions), "merge", "type")]
    [InlineData(typeof(ServiceAccount), nameof(ServiceAccount.Secrets), "merge", "name")]
    [InlineData(typeof(PersistentVolumeClaimStatus), nameof(PersistentVolumeClaimStatus.Conditions), "merge", "type")]
    public void Property_WithUpstreamPatchTags_CarriesThem(Type type, string property, string strategy, string? mergeKey)
    {
        var info = type.GetProperty(property)!;

        Assert.Equal(strategy, info.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy);
        Assert.Equal(mergeKey, info.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key);
    }

    [Theory]
    [InlineData(typeof(NodeSpec), nameof(NodeSpec.Taints))]
    [InlineData(typeof(EndpointSubset), nameof(EndpointSubset.Addresses))]
    [InlineData(typeof(LoadBalancerStatus), nameof(LoadBalancerStatus.Ingress))]
    [InlineData(typeof(LimitRangeSpec), nameof(LimitRangeSpec.Limits))]
    public void Property_AtomicUpstream_HasNoPatchTags(Type type, string property)
    {
        var info = type.GetProperty(property)!;

        Assert.Null(info.GetCustomAttribute<PatchStrategyAttribute>());
        Assert.Null(info.GetCustomAttribute<PatchMergeKeyAttribute>());
    }
}
