namespace Dotkube.Api.Policy.V1;

/// <summary>The condition the disruption controller sets on a PDB, its reasons, and the eviction failure cause.</summary>
public static class DisruptionBudgetConditions
{
    public const string DisruptionAllowed = "DisruptionAllowed";

    public const string SyncFailedReason = "SyncFailed";
    public const string SufficientPodsReason = "SufficientPods";
    public const string InsufficientPodsReason = "InsufficientPods";

    /// <summary>StatusCause type of an eviction refused because of a PDB.</summary>
    public const string DisruptionBudgetCause = "DisruptionBudget";
}
