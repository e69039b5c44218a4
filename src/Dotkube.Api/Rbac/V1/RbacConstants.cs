namespace Dotkube.Api.Rbac.V1;

/// <summary>Wildcards and annotations shared by the RBAC authorizer and the bootstrap policy.</summary>
public static class RbacConstants
{
    public const string GroupName = "rbac.authorization.k8s.io";

    /// <summary>"*" matches every API group, resource, verb or non-resource URL in a rule.</summary>
    public const string All = "*";

    /// <summary>Set to "false" on a bootstrap role or binding to stop the server reconciling it.</summary>
    public const string AutoUpdateAnnotation = "rbac.authorization.kubernetes.io/autoupdate";
}
