using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Autoscaling.V1;

/// <summary>
/// The body of every <c>/scale</c> subresource (deployments, replicasets, statefulsets, CRDs).
/// Not a stored resource, so it has no <c>[KubeKind]</c>; the wire kind is "Scale" in autoscaling/v1.
/// </summary>
[KubeType("autoscaling", "v1")]
public sealed class Scale : KubeObject
{
    public ScaleSpec Spec { get; set => field = value ?? new(); } = new();

    public ScaleStatus Status { get; set => field = value ?? new(); } = new();
}
