using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>A Deployment keeps a set of identical pods running and rolls out changes to them gradually.</summary>
/// <remarks>Declarative rollouts of a pod template through ReplicaSets.</remarks>
[KubeKind("apps", "v1", "deployments", ShortNames = ["deploy"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class Deployment : KubeObject
{
    /// <summary>The desired state of the deployment: the pod template, how many replicas to run and how to roll out changes.</summary>
    public DeploymentSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The most recently observed state of the deployment and its rollout. Read-only.</summary>
    public DeploymentStatus Status { get; set => field = value ?? new(); } = new();
}
