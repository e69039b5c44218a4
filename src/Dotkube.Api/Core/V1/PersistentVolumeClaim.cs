using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaim: a user's request for storage.</summary>
[KubeKind("", "v1", "persistentvolumeclaims", ShortNames = ["pvc"], Subresources = ["status"])]
public sealed class PersistentVolumeClaim : KubeObject
{
    public PersistentVolumeClaimSpec Spec { get; set => field = value ?? new(); } = new();

    public PersistentVolumeClaimStatus Status { get; set => field = value ?? new(); } = new();
}
