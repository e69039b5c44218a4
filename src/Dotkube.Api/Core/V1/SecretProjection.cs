namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecretProjection: a Secret inside a projected volume (no per-source defaultMode).</summary>
public sealed class SecretProjection
{
    public string? Name { get; set; }

    public List<KeyToPath>? Items { get; set; }

    public bool? Optional { get; set; }
}
