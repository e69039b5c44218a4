using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaimSpec, shared by PVCs, claim templates and StatefulSet volumeClaimTemplates.</summary>
public sealed class PersistentVolumeClaimSpec
{
    public List<string>? AccessModes { get; set; }

    public LabelSelector? Selector { get; set; }

    /// <summary>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public VolumeResourceRequirements Resources { get; set => field = value ?? new(); } = new();

    public string? VolumeName { get; set; }

    public string? StorageClassName { get; set; }

    /// <summary>"Filesystem" (the default) or "Block".</summary>
    public string? VolumeMode { get; set; }

    public TypedLocalObjectReference? DataSource { get; set; }

    public TypedObjectReference? DataSourceRef { get; set; }

    public string? VolumeAttributesClassName { get; set; }
}
