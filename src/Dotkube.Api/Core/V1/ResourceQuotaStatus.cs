using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceQuotaStatus: enforced limits and observed use.</summary>
public sealed class ResourceQuotaStatus
{
    public Dictionary<string, Quantity>? Hard { get; set; }

    public Dictionary<string, Quantity>? Used { get; set; }
}
