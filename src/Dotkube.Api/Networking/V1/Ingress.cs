using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Networking.V1;

/// <summary>networking.k8s.io/v1 Ingress: HTTP(S) routing rules served by an ingress controller.</summary>
[KubeKind("networking.k8s.io", "v1", "ingresses", ShortNames = ["ing"], Subresources = ["status"])]
public sealed class Ingress : KubeObject
{
    public IngressSpec Spec { get; set => field = value ?? new(); } = new();

    public IngressStatus Status { get; set => field = value ?? new(); } = new();
}
