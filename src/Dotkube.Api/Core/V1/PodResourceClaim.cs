namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 PodResourceClaim: names a ResourceClaim, or a ResourceClaimTemplate to create one
/// from (exactly one of the two). v1.31 replaced the old "source" struct with these fields.
/// </summary>
public sealed class PodResourceClaim
{
    public string Name { get; set; } = "";

    public string? ResourceClaimName { get; set; }

    public string? ResourceClaimTemplateName { get; set; }
}
