namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 CephFSPersistentVolumeSource.</summary>
public sealed class CephFSPersistentVolumeSource
{
    /// <summary>No omitempty upstream, so always written.</summary>
    public List<string> Monitors { get; set => field = value ?? []; } = [];

    public string? Path { get; set; }

    public string? User { get; set; }

    public string? SecretFile { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
