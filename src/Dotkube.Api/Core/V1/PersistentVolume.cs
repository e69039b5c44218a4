using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PersistentVolume: a piece of storage in the cluster, cluster-scoped.</summary>
[KubeKind("", "v1", "persistentvolumes", Namespaced = false, ShortNames = ["pv"], Subresources = ["status"])]
public sealed class PersistentVolume : KubeObject
{
    public PersistentVolumeSpec Spec { get; set => field = value ?? new(); } = new();

    public PersistentVolumeStatus Status { get; set => field = value ?? new(); } = new();
}
