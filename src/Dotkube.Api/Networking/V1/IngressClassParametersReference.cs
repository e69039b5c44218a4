namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressClassParametersReference: controller configuration in a cluster or namespaced object.</summary>
public sealed class IngressClassParametersReference
{
    /// <summary>Null means the core group.</summary>
    public string? ApiGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>"Cluster" (default) or "Namespace".</summary>
    public string? Scope { get; set; }

    /// <summary>Required when scope is "Namespace", forbidden when "Cluster".</summary>
    public string? Namespace { get; set; }
}
