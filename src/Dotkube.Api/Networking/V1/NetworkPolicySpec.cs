using Dotkube.Api.Meta;

namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 NetworkPolicySpec. Rules of all policies selecting a pod add up.</summary>
public sealed class NetworkPolicySpec
{
    /// <summary>A non-pointer struct upstream, so always written; empty selects every pod in the namespace.</summary>
    public LabelSelector PodSelector { get; set => field = value ?? new(); } = new();

    /// <summary>Empty isolates the selected pods for ingress.</summary>
    public List<NetworkPolicyIngressRule>? Ingress { get; set; }

    public List<NetworkPolicyEgressRule>? Egress { get; set; }

    /// <summary>Absent defaults to Ingress, plus Egress when egress rules exist (<see cref="PolicyType"/>).</summary>
    public List<string>? PolicyTypes { get; set; }
}
