namespace Dotkube.Api.Meta;

/// <summary>Discovery entry for one resource or subresource ("pods", "pods/status").</summary>
public sealed class APIResource
{
    public string Name { get; set; } = "";

    public string SingularName { get; set; } = "";

    public bool Namespaced { get; set; }

    public string? Group { get; set; }

    public string? Version { get; set; }

    public string Kind { get; set; } = "";

    public List<string> Verbs { get; set => field = value ?? []; } = [];

    public List<string>? ShortNames { get; set; }

    public List<string>? Categories { get; set; }

    public string? StorageVersionHash { get; set; }
}
