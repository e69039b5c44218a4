using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Networking.V1;

/// <summary>networking.k8s.io/v1 NetworkPolicy: which traffic selected pods accept and send. No status (tombstoned upstream).</summary>
[KubeKind("networking.k8s.io", "v1", "networkpolicies", ShortNames = ["netpol"])]
public sealed class NetworkPolicy : KubeObject
{
    public NetworkPolicySpec Spec { get; set => field = value ?? new(); } = new();
}
