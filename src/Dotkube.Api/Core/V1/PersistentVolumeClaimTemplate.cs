using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolumeClaimTemplate: the claim an ephemeral volume creates.</summary>
public sealed class PersistentVolumeClaimTemplate
{
    public ObjectMeta Metadata { get; set => field = value ?? new(); } = new();

    public PersistentVolumeClaimSpec Spec { get; set => field = value ?? new(); } = new();
}
