namespace Dotkube.Api.Batch.V1;

/// <summary>Exactly one of <see cref="OnExitCodes"/> and <see cref="OnPodConditions"/> is used.</summary>
public sealed class PodFailurePolicyRule
{
    /// <summary>See <see cref="PodFailurePolicyAction"/>.</summary>
    public string Action { get; set; } = "";

    public PodFailurePolicyOnExitCodesRequirement? OnExitCodes { get; set; }

    /// <summary>Upstream's tag has no omitempty, so this is always written.</summary>
    public List<PodFailurePolicyOnPodConditionsPattern> OnPodConditions { get; set => field = value ?? []; } = [];
}
