namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>A kind the cases address: its URL pieces and the object of it the suite seeds.</summary>
public sealed record ResourceKind(string Name, string ApiVersion, string Plural, bool Namespaced, string Seeded)
{
    public static readonly ResourceKind ConfigMaps = new("ConfigMap", "v1", "configmaps", true, "cm-a");
    public static readonly ResourceKind Pods = new("Pod", "v1", "pods", true, "pod-a");
    public static readonly ResourceKind Deployments = new("Deployment", "apps/v1", "deployments", true, "web");
    public static readonly ResourceKind Services = new("Service", "v1", "services", true, "svc-a");
    public static readonly ResourceKind Namespaces = new("Namespace", "v1", "namespaces", false, Manifests.Ns);
    public static readonly ResourceKind Nodes = new("Node", "v1", "nodes", false, "node-a");

    public static readonly IReadOnlyList<ResourceKind> All = [ConfigMaps, Pods, Deployments, Services, Namespaces, Nodes];

    private string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion.Split('/')[0] : "";

    public string Version => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion.Split('/')[1] : ApiVersion;

    /// <summary>"Deployment.apps" as errors.NewInvalid names it; core kinds have no group.</summary>
    public string QualifiedKind => Group.Length > 0 ? $"{Name}.{Group}" : Name;

    /// <summary>"deployments.apps" as NotFound and Conflict name it.</summary>
    public string QualifiedResource => Group.Length > 0 ? $"{Plural}.{Group}" : Plural;

    public string Collection => (Group.Length > 0 ? $"/apis/{ApiVersion}" : $"/api/{ApiVersion}")
        + (Namespaced ? $"/namespaces/{Manifests.Ns}/{Plural}" : $"/{Plural}");

    public string Item(string name) => $"{Collection}/{name}";

    public string SeededItem => Item(Seeded);

    public override string ToString() => Name;
}
