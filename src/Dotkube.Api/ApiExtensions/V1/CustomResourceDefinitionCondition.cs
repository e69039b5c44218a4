namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>apiextensions/v1 CustomResourceDefinitionCondition (types in <see cref="CustomResourceDefinitionConditionType"/>).</summary>
public sealed class CustomResourceDefinitionCondition
{
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public DateTimeOffset LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
