namespace Dotkube.ApiServer.Security;

/// <summary>Group names with fixed meaning in Kubernetes.</summary>
public static class WellKnownGroups
{
    /// <summary>Bypasses authorization entirely, as upstream's superuser group.</summary>
    public const string Masters = "system:masters";

    /// <summary>Added to every authenticated user, as upstream's authenticated-group adder does.</summary>
    public const string Authenticated = "system:authenticated";

    /// <summary>The kubelets' group (with users named system:node:&lt;name&gt;), for the Node authorizer.</summary>
    public const string Nodes = "system:nodes";
}
