using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 PodAffinityTerm: pods selected by labelSelector in the given namespaces, compared by
/// topologyKey. A null labelSelector matches no pods; null namespaces and namespaceSelector mean
/// the pod's own namespace.
/// </summary>
public sealed class PodAffinityTerm
{
    public LabelSelector? LabelSelector { get; set; }

    public List<string>? Namespaces { get; set; }

    public string TopologyKey { get; set; } = "";

    public LabelSelector? NamespaceSelector { get; set; }

    public List<string>? MatchLabelKeys { get; set; }

    public List<string>? MismatchLabelKeys { get; set; }
}
