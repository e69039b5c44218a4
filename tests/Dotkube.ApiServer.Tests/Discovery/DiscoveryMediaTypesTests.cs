using Dotkube.ApiServer.Discovery;

namespace Dotkube.ApiServer.Tests.Discovery;

public sealed class DiscoveryMediaTypesTests
{
    public static TheoryData<string, string?, AggregatedDiscoveryVersion?> Cases => new()
    {
        { "kubectl 1.32", DiscoveryMediaTypes.KubectlAccept, AggregatedDiscoveryVersion.V2 },
        { "client-go 1.33 nopeer profile first", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;profile=nopeer," + DiscoveryMediaTypes.KubectlAccept, AggregatedDiscoveryVersion.V2 },
        { "v2beta1 only", DiscoveryMediaTypes.V2Beta1ContentType + ",application/json", AggregatedDiscoveryVersion.V2Beta1 },
        { "parameters in another order", "application/json;as=APIGroupDiscoveryList;v=v2;g=apidiscovery.k8s.io", AggregatedDiscoveryVersion.V2 },
        { "protobuf skipped", "application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList," + DiscoveryMediaTypes.V2Beta1ContentType, AggregatedDiscoveryVersion.V2Beta1 },
        { "higher q wins over order", "application/json;q=0.5," + DiscoveryMediaTypes.V2ContentType, AggregatedDiscoveryVersion.V2 },
        { "plain json first", "application/json," + DiscoveryMediaTypes.V2ContentType, null },
        { "plain json", "application/json", null },
        { "any", "*/*", null },
        { "no header", null, null },
        { "empty header", "", null },
        { "table is skipped for discovery", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json", null },
        { "unknown discovery version", "application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList", null },
        { "refused with q=0", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;q=0,application/json", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryNegotiateAggregated_PicksWhatUpstreamWould(string name, string? accept, AggregatedDiscoveryVersion? expected)
    {
        Assert.Equal(expected is not null, DiscoveryMediaTypes.TryNegotiateAggregated(accept, out var version));
        Assert.True(expected == version, name);
    }
}
