namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecretVolumeSource: the keys of a Secret as files.</summary>
public sealed class SecretVolumeSource
{
    /// <summary>Upstream's defaultMode when unset (0644).</summary>
    public const int DefaultModeValue = 420;

    public string? SecretName { get; set; }

    public List<KeyToPath>? Items { get; set; }

    public int? DefaultMode { get; set; }

    public bool? Optional { get; set; }
}
