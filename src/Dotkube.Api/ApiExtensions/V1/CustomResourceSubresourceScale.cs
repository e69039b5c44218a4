namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceSubresourceScale: JSON paths (no array notation) backing /scale.</summary>
public sealed class CustomResourceSubresourceScale
{
    /// <summary>Must be under .spec; GET /scale fails when the value is absent.</summary>
    public string SpecReplicasPath { get; set; } = "";

    /// <summary>Must be under .status; an absent value reads as 0.</summary>
    public string StatusReplicasPath { get; set; } = "";

    /// <summary>Under .spec or .status; must point to a string selector for the HPA to work.</summary>
    public string? LabelSelectorPath { get; set; }
}
