namespace Dotkube.Api.Batch.V1;

/// <summary>Rules evaluated in order against a failed pod; the first match decides its action.</summary>
public sealed class PodFailurePolicy
{
    public List<PodFailurePolicyRule> Rules { get; set => field = value ?? []; } = [];
}
