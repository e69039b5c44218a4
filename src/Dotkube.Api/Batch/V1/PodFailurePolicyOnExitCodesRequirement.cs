namespace Dotkube.Api.Batch.V1;

public sealed class PodFailurePolicyOnExitCodesRequirement
{
    /// <summary>Null applies the rule to every container.</summary>
    public string? ContainerName { get; set; }

    /// <summary>See <see cref="PodFailurePolicyOnExitCodesOperator"/>.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Sorted, without duplicates; 0 is not allowed with In.</summary>
    public List<int> Values { get; set => field = value ?? []; } = [];
}
