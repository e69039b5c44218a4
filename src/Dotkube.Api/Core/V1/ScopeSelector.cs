namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ScopeSelector: the AND of its requirements.</summary>
public sealed class ScopeSelector
{
    public List<ScopedResourceSelectorRequirement>? MatchExpressions { get; set; }
}
