namespace Dotkube.Api.Batch.V1;

/// <summary>At least one of the two fields is required.</summary>
public sealed class SuccessPolicyRule
{
    /// <summary>Index intervals in the completedIndexes format ("1,3-5,7").</summary>
    public string? SucceededIndexes { get; set; }

    public int? SucceededCount { get; set; }
}
