using Dotkube.Api.Meta;

namespace Dotkube.Api.Policy.V1;

/// <summary>
/// The body POSTed to <c>pods/{name}/eviction</c>. A subresource body, not a stored resource,
/// so it has no <c>[KubeKind]</c>; metadata names the pod.
/// </summary>
public sealed class Eviction : KubeObject
{
    public DeleteOptions? DeleteOptions { get; set; }
}
