namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceDefinitionNames: the names a custom resource is served under.</summary>
public sealed class CustomResourceDefinitionNames
{
    public string Plural { get; set; } = "";

    /// <summary>Defaults to the lower-cased kind.</summary>
    public string? Singular { get; set; }

    public List<string>? ShortNames { get; set; }

    public string Kind { get; set; } = "";

    /// <summary>Defaults to kind + "List".</summary>
    public string? ListKind { get; set; }

    public List<string>? Categories { get; set; }
}
