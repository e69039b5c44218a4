namespace Dotkube.Api.Batch.V1;

/// <summary>Alternative rules for declaring an Indexed Job succeeded early; the first met rule wins.</summary>
public sealed class SuccessPolicy
{
    public List<SuccessPolicyRule> Rules { get; set => field = value ?? []; } = [];
}
