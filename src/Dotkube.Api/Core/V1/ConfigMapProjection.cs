namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMapProjection: a ConfigMap inside a projected volume (no per-source defaultMode).</summary>
public sealed class ConfigMapProjection
{
    public string? Name { get; set; }

    public List<KeyToPath>? Items { get; set; }

    public bool? Optional { get; set; }
}
