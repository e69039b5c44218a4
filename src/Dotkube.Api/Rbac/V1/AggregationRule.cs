using Dotkube.Api.Meta;

namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac/v1 AggregationRule: a ClusterRole's rules are the union of the ClusterRoles any selector matches.</summary>
public sealed class AggregationRule
{
    public List<LabelSelector>? ClusterRoleSelectors { get; set; }
}
