using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeSpec: the attributes a node is created with.</summary>
public sealed class NodeSpec
{
    public string? PodCIDR { get; set; }

    /// <summary>At most one CIDR per IP family; when set, the first entry equals <see cref="PodCIDR"/>.</summary>
    [PatchStrategy("merge")]
    public List<string>? PodCIDRs { get; set; }

    /// <summary>"&lt;ProviderName&gt;://&lt;ProviderSpecificNodeID&gt;".</summary>
    public string? ProviderID { get; set; }

    public bool? Unschedulable { get; set; }

    public List<Taint>? Taints { get; set; }

    /// <summary>Deprecated upstream (dynamic kubelet config was removed); kept so old objects round-trip.</summary>
    public NodeConfigSource? ConfigSource { get; set; }

    /// <summary>Deprecated upstream; the Go field is DoNotUseExternalID.</summary>
    public string? ExternalID { get; set; }
}
