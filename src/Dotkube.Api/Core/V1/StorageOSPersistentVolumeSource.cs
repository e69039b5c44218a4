namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 StorageOSPersistentVolumeSource.</summary>
public sealed class StorageOSPersistentVolumeSource
{
    public string? VolumeName { get; set; }

    public string? VolumeNamespace { get; set; }

    public string? FsType { get; set; }

    public bool? ReadOnly { get; set; }

    /// <summary>An ObjectReference here, unlike the pod volume source's LocalObjectReference.</summary>
    public ObjectReference? SecretRef { get; set; }
}
