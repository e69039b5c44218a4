namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 AttachedVolume: a volume attached to a node.</summary>
public sealed class AttachedVolume
{
    /// <summary>A UniqueVolumeName.</summary>
    public string Name { get; set; } = "";

    public string DevicePath { get; set; } = "";
}
