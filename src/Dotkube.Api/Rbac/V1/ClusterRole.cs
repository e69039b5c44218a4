using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac.authorization.k8s.io/v1 ClusterRole: cluster-wide policy rules, optionally aggregated.</summary>
[KubeKind("rbac.authorization.k8s.io", "v1", "clusterroles", Namespaced = false)]
public sealed class ClusterRole : KubeObject
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<PolicyRule> Rules { get; set => field = value ?? []; } = [];

    /// <summary>When set, the aggregation controller owns <see cref="Rules"/> and overwrites direct edits.</summary>
    public AggregationRule? AggregationRule { get; set; }
}
