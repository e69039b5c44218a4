using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>How a Node is configured: its pod address range, cloud provider ID, taints and whether it accepts new pods.</summary>
/// <remarks>core/v1 NodeSpec: the attributes a node is created with.</remarks>
public sealed class NodeSpec
{
    /// <summary>The IP address range (CIDR) from which this node's pods get their addresses.</summary>
    public string? PodCIDR { get; set; }

    /// <summary>The IP address ranges assigned to this node's pods, at most one per IP family; the first is the same as podCIDR.</summary>
    /// <remarks>At most one CIDR per IP family; when set, the first entry equals <see cref="PodCIDR"/>.</remarks>
    [PatchStrategy("merge")]
    public List<string>? PodCIDRs { get; set; }

    /// <summary>The node's ID at its cloud provider, in the form &lt;provider&gt;://&lt;id&gt;.</summary>
    /// <remarks>"&lt;ProviderName&gt;://&lt;ProviderSpecificNodeID&gt;".</remarks>
    public string? ProviderID { get; set; }

    /// <summary>When true, no new pods are scheduled onto the node (kubectl cordon); running pods stay. Defaults to false.</summary>
    public bool? Unschedulable { get; set; }

    /// <summary>Taints that repel pods which do not tolerate them.</summary>
    public List<Taint>? Taints { get; set; }

    /// <summary>Deprecated and ignored: formerly the source of the node's dynamic kubelet configuration.</summary>
    /// <remarks>Deprecated upstream (dynamic kubelet config was removed); kept so old objects round-trip.</remarks>
    public NodeConfigSource? ConfigSource { get; set; }

    /// <summary>Deprecated and unused.</summary>
    /// <remarks>Deprecated upstream; the Go field is DoNotUseExternalID.</remarks>
    public string? ExternalID { get; set; }
}
