namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 SelectableField: a field usable in field selectors; absent values select as "".</summary>
public sealed class SelectableField
{
    /// <summary>A simple JSON path (no array notation) to a string, integer or boolean field outside metadata.</summary>
    public string JsonPath { get; set; } = "";
}
