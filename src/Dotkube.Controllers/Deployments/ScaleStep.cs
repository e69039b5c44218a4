using Dotkube.Api.Apps.V1;

namespace Dotkube.Controllers.Deployments;

/// <summary>One planned write: give <paramref name="ReplicaSet"/> <paramref name="Replicas"/> replicas (and fresh replica annotations).</summary>
internal readonly record struct ScaleStep(ReplicaSet ReplicaSet, int Replicas);
