namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMapKeySelector; name comes from an inlined LocalObjectReference.</summary>
public sealed class ConfigMapKeySelector
{
    public string? Name { get; set; }

    public string Key { get; set; } = "";

    public bool? Optional { get; set; }
}
