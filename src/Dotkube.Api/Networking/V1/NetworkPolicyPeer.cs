using Dotkube.Api.Meta;

namespace Dotkube.Api.Networking.V1;

/// <summary>
/// networking/v1 NetworkPolicyPeer: pods (in this or selected namespaces) or an IP block; ipBlock
/// excludes the other two.
/// </summary>
public sealed class NetworkPolicyPeer
{
    public LabelSelector? PodSelector { get; set; }

    public LabelSelector? NamespaceSelector { get; set; }

    public IPBlock? IpBlock { get; set; }
}
