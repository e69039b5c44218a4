using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Coordination.V1;

/// <summary>coordination.k8s.io/v1 Lease: leader election and node heartbeats.</summary>
[KubeKind("coordination.k8s.io", "v1", "leases")]
public sealed class Lease : KubeObject
{
    public LeaseSpec Spec { get; set => field = value ?? new(); } = new();
}
