namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ScopedResourceSelectorRequirement.</summary>
public sealed class ScopedResourceSelectorRequirement
{
    /// <summary>A <see cref="ResourceQuotaScope"/> value.</summary>
    public string ScopeName { get; set; } = "";

    /// <summary>A <see cref="ScopeSelectorOperator"/> value.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Non-empty for In and NotIn, empty for Exists and DoesNotExist.</summary>
    public List<string>? Values { get; set; }
}
