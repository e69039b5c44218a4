namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecretEnvSource; name comes from an inlined LocalObjectReference.</summary>
public sealed class SecretEnvSource
{
    public string? Name { get; set; }

    public bool? Optional { get; set; }
}
