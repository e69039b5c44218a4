namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ConfigMapVolumeSource: the keys of a ConfigMap as files; name comes from an inlined LocalObjectReference.</summary>
public sealed class ConfigMapVolumeSource
{
    /// <summary>Upstream's defaultMode when unset (0644).</summary>
    public const int DefaultModeValue = 420;

    public string? Name { get; set; }

    public List<KeyToPath>? Items { get; set; }

    public int? DefaultMode { get; set; }

    public bool? Optional { get; set; }
}
