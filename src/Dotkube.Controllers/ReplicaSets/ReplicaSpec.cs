using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>The parts of a ReplicaSet or ReplicationController spec the controller reads, with API defaults applied.</summary>
/// <param name="Selector">Null when the selector is invalid (<paramref name="SelectorError"/> says why).</param>
internal sealed record ReplicaSpec(int Replicas, int MinReadySeconds, Selector? Selector, string? SelectorError, PodTemplateSpec Template);
