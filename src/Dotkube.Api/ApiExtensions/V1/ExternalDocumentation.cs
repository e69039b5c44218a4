namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 ExternalDocumentation of a schema.</summary>
public sealed class ExternalDocumentation
{
    public string? Description { get; set; }

    public string? Url { get; set; }
}
