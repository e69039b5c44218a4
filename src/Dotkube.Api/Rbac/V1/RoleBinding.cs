using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac.authorization.k8s.io/v1 RoleBinding: grants a Role or ClusterRole within one namespace.</summary>
[KubeKind("rbac.authorization.k8s.io", "v1", "rolebindings")]
public sealed class RoleBinding : KubeObject
{
    public List<Subject>? Subjects { get; set; }

    public RoleRef RoleRef { get; set => field = value ?? new(); } = new();
}
