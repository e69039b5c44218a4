namespace Dotkube.Api.Rbac.V1;

/// <summary>rbac/v1 Subject: a user, group or service account a binding applies to (atomic struct).</summary>
public sealed class Subject
{
    /// <summary>"User", "Group" or "ServiceAccount" (<see cref="SubjectKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Defaults to "" for ServiceAccount and "rbac.authorization.k8s.io" for User and Group.</summary>
    public string? ApiGroup { get; set; }

    public string Name { get; set; } = "";

    public string? Namespace { get; set; }
}
