namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 NetworkPolicyEgressRule: traffic must match both ports and to; empty lists match all.</summary>
public sealed class NetworkPolicyEgressRule
{
    public List<NetworkPolicyPort>? Ports { get; set; }

    public List<NetworkPolicyPeer>? To { get; set; }
}
