using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Policy.V1;

/// <summary>Limits voluntary disruptions (evictions) of the pods it selects.</summary>
[KubeKind("policy", "v1", "poddisruptionbudgets", ShortNames = ["pdb"], Subresources = ["status"])]
public sealed class PodDisruptionBudget : KubeObject
{
    public PodDisruptionBudgetSpec Spec { get; set => field = value ?? new(); } = new();

    public PodDisruptionBudgetStatus Status { get; set => field = value ?? new(); } = new();
}
