namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 NetworkPolicyIngressRule: traffic must match both ports and from; empty lists match all.</summary>
public sealed class NetworkPolicyIngressRule
{
    public List<NetworkPolicyPort>? Ports { get; set; }

    public List<NetworkPolicyPeer>? From { get; set; }
}
