namespace Dotkube.Api.Authorization.V1;

/// <summary>authorization/v1 ResourceAttributes. "" means all for namespace and name, "*" means all elsewhere.</summary>
public sealed class ResourceAttributes
{
    public string? Namespace { get; set; }

    public string? Verb { get; set; }

    public string? Group { get; set; }

    public string? Version { get; set; }

    public string? Resource { get; set; }

    public string? Subresource { get; set; }

    public string? Name { get; set; }

    /// <summary>Can only narrow access (AuthorizeWithSelectors, beta in v1.32).</summary>
    public FieldSelectorAttributes? FieldSelector { get; set; }

    /// <summary>Can only narrow access (AuthorizeWithSelectors, beta in v1.32).</summary>
    public LabelSelectorAttributes? LabelSelector { get; set; }
}
