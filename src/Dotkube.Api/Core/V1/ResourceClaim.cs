namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceClaim: one entry of pod.spec.resourceClaims used by a container.</summary>
public sealed class ResourceClaim
{
    public string Name { get; set; } = "";

    public string? Request { get; set; }
}
