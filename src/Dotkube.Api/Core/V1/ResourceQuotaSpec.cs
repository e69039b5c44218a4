using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceQuotaSpec. An object counts only if it matches both the scopes and the scope selector.</summary>
public sealed class ResourceQuotaSpec
{
    public Dictionary<string, Quantity>? Hard { get; set; }

    /// <summary><see cref="ResourceQuotaScope"/> values; absent means every object.</summary>
    public List<string>? Scopes { get; set; }

    public ScopeSelector? ScopeSelector { get; set; }
}
