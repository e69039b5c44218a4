using Dotkube.Api.Schema;
using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaimStatus.</summary>
public sealed class PersistentVolumeClaimStatus
{
    /// <summary>A <see cref="PersistentVolumeClaimPhase"/> value.</summary>
    public string? Phase { get; set; }

    /// <summary>The access modes of the bound volume.</summary>
    public List<string>? AccessModes { get; set; }

    public Dictionary<string, Quantity>? Capacity { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("type")]
    public List<PersistentVolumeClaimCondition>? Conditions { get; set; }

    /// <summary>May exceed the actual capacity while an expansion is in progress; quota uses the larger value.</summary>
    public Dictionary<string, Quantity>? AllocatedResources { get; set; }

    /// <summary>Resource name to a <see cref="ClaimResourceStatus"/> value.</summary>
    public Dictionary<string, string>? AllocatedResourceStatuses { get; set; }

    public string? CurrentVolumeAttributesClassName { get; set; }

    public ModifyVolumeStatus? ModifyVolumeStatus { get; set; }
}
