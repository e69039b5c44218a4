namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeNodeAffinity: the nodes a volume can be reached from.</summary>
public sealed class VolumeNodeAffinity
{
    public NodeSelector? Required { get; set; }
}
