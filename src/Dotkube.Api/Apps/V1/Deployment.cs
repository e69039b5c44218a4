using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Apps.V1;

/// <summary>Declarative rollouts of a pod template through ReplicaSets.</summary>
[KubeKind("apps", "v1", "deployments", ShortNames = ["deploy"], Categories = ["all"], Subresources = ["status", "scale"])]
public sealed class Deployment : KubeObject
{
    public DeploymentSpec Spec { get; set => field = value ?? new(); } = new();

    public DeploymentStatus Status { get; set => field = value ?? new(); } = new();
}
