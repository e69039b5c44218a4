using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A Service gives a set of pods, chosen by a label selector, one stable name and address, and spreads network traffic across them.</summary>
/// <remarks>core/v1 Service. Upstream discovery lists no deletecollection verb for it.</remarks>
[KubeKind("", "v1", "services", ShortNames = ["svc"], Categories = ["all"], Subresources = ["status", "proxy"],
    Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"])]
public sealed class Service : KubeObject
{
    /// <summary>The clusterIP of a headless service: no virtual IP is allocated.</summary>
    public const string ClusterIPNone = "None";

    /// <summary>The desired behavior of the service: its ports, the pods it selects and how it is exposed.</summary>
    public ServiceSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the service, such as its load balancer's addresses. Read-only.</summary>
    public ServiceStatus Status { get; set => field = value ?? new(); } = new();
}
