using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac.authorization.k8s.io/v1 Role: namespaced policy rules.</summary>
[KubeKind("rbac.authorization.k8s.io", "v1", "roles")]
public sealed class Role : KubeObject
{
    /// <summary>Tagged without omitempty upstream, so always written.</summary>
    public List<PolicyRule> Rules { get; set => field = value ?? []; } = [];
}
