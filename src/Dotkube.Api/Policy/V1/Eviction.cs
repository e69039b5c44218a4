using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Policy.V1;

/// <summary>
/// The body POSTed to <c>pods/{name}/eviction</c>. A subresource body, not a stored resource,
/// so it has no <c>[KubeKind]</c>; metadata names the pod.
/// </summary>
[KubeType("policy", "v1")]
public sealed class Eviction : KubeObject
{
    public DeleteOptions? DeleteOptions { get; set; }
}
