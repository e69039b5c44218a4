namespace Dotkube.Api.Patching;

/// <summary>
/// Patch metadata of one field: its upstream <c>patchStrategy</c> (null when untagged), its
/// <c>patchMergeKey</c> (null when untagged) and the metadata of its value type.
/// </summary>
public sealed record PatchField(string JsonName, string? Strategy, string? MergeKey, PatchMeta Value)
{
    /// <summary>The strategy split on commas, as upstream reads the tag ("merge,retainKeys").</summary>
    public IReadOnlyList<string> Strategies => Strategy is null ? [] : Strategy.Split(',');
}
