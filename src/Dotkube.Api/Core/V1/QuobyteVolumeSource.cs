namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 QuobyteVolumeSource.</summary>
public sealed class QuobyteVolumeSource
{
    public string Registry { get; set; } = "";

    public string Volume { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? User { get; set; }

    public string? Group { get; set; }

    public string? Tenant { get; set; }
}
