namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMapEnvSource; name comes from an inlined LocalObjectReference.</summary>
public sealed class ConfigMapEnvSource
{
    public string? Name { get; set; }

    public bool? Optional { get; set; }
}
