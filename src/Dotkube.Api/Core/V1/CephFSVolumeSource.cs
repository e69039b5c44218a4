namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 CephFSVolumeSource.</summary>
public sealed class CephFSVolumeSource
{
    public List<string> Monitors { get; set => field = value ?? []; } = [];

    public string? Path { get; set; }

    public string? User { get; set; }

    public string? SecretFile { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
