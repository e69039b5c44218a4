using Dotkube.Api.Apps.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>
/// Status values in their apps/v1 ReplicaSet shape, which ReplicationController status shares
/// field for field: upstream converts one into the other the same way.
/// </summary>
internal static class ReplicaStatuses
{
    /// <summary>Converts between the two kinds' status types through their common JSON.</summary>
    public static TTo Convert<TFrom, TTo>(TFrom status) => KubeJson.Deserialize<TTo>(KubeJson.Serialize(status));

    /// <summary>Equal as the API server would store them.</summary>
    public static bool Same(ReplicaSetStatus a, ReplicaSetStatus b) => KubeJson.Serialize(a).AsSpan().SequenceEqual(KubeJson.Serialize(b));

    /// <summary>Upstream leaves zero counts out of the JSON (omitempty); null does the same here.</summary>
    public static int? OmitZero(int value) => value == 0 ? null : value;
}
