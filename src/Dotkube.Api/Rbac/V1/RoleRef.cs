namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac/v1 RoleRef: the Role or ClusterRole a binding grants; all fields required (atomic struct).</summary>
public sealed class RoleRef
{
    public string ApiGroup { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
