using Dotkube.Api.Discovery.V1;
using Protocol = Dotkube.Api.Core.V1.Protocol;

namespace Dotkube.Api.Defaulting;

/// <summary>Defaults for discovery.k8s.io/v1, as upstream pkg/apis/discovery/v1/defaults.go.</summary>
internal static class DiscoveryV1Defaults
{
    public static void SetObjectDefaults_EndpointSlice(EndpointSlice slice) => slice.Ports.ForEach(SetDefaults_EndpointPort);

    /// <summary>As upstream SetDefaults_EndpointPort: name "" and protocol TCP, both written (pointers upstream).</summary>
    public static void SetDefaults_EndpointPort(EndpointPort port)
    {
        port.Name ??= "";
        port.Protocol ??= Protocol.TCP;
    }
}
