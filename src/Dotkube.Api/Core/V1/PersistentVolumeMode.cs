namespace Dotkube.Api.Core.V1;

/// <summary>The values of volumeMode on volumes and claims.</summary>
public static class PersistentVolumeMode
{
    public const string Block = "Block";
    public const string Filesystem = "Filesystem";
}
