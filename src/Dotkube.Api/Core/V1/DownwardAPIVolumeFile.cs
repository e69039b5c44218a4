namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 DownwardAPIVolumeFile: one file, from a pod field or a container resource.</summary>
public sealed class DownwardAPIVolumeFile
{
    public string Path { get; set; } = "";

    public ObjectFieldSelector? FieldRef { get; set; }

    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    public int? Mode { get; set; }
}
