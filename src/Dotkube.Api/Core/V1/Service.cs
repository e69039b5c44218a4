using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Service. Upstream discovery lists no deletecollection verb for it.</summary>
[KubeKind("", "v1", "services", ShortNames = ["svc"], Categories = ["all"], Subresources = ["status", "proxy"],
    Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"])]
public sealed class Service : KubeObject
{
    /// <summary>The clusterIP of a headless service: no virtual IP is allocated.</summary>
    public const string ClusterIPNone = "None";

    public ServiceSpec Spec { get; set => field = value ?? new(); } = new();

    public ServiceStatus Status { get; set => field = value ?? new(); } = new();
}
