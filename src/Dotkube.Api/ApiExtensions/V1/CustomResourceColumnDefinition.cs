namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceColumnDefinition: a server-side printer column.</summary>
public sealed class CustomResourceColumnDefinition
{
    public string Name { get; set; } = "";

    /// <summary>An OpenAPI type: integer, number, string, boolean or date.</summary>
    public string Type { get; set; } = "";

    public string? Format { get; set; }

    public string? Description { get; set; }

    /// <summary>0 is shown always; higher numbers only in wide output.</summary>
    public int? Priority { get; set; }

    public string JsonPath { get; set; } = "";
}
