using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac.authorization.k8s.io/v1 ClusterRoleBinding: grants a ClusterRole cluster-wide.</summary>
[KubeKind("rbac.authorization.k8s.io", "v1", "clusterrolebindings", Namespaced = false)]
public sealed class ClusterRoleBinding : KubeObject
{
    public List<Subject>? Subjects { get; set; }

    public RoleRef RoleRef { get; set => field = value ?? new(); } = new();
}
