namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecretKeySelector; name comes from an inlined LocalObjectReference.</summary>
public sealed class SecretKeySelector
{
    public string? Name { get; set; }

    public string Key { get; set; } = "";

    public bool? Optional { get; set; }
}
