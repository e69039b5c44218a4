namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodResourceClaimStatus: the claim generated for a template entry (null when none was needed).</summary>
public sealed class PodResourceClaimStatus
{
    public string Name { get; set; } = "";

    public string? ResourceClaimName { get; set; }
}
