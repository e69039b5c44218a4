namespace Dotkube.Client.Dynamic;

/// <summary>
/// What discovery found: the preferred version of every resource served, and the group versions
/// that could not be read (client-go's ErrGroupDiscoveryFailed). Callers act on what was found
/// even when some groups failed, as upstream's garbage collector and namespace controller do.
/// </summary>
public sealed record DiscoveryResult(IReadOnlyList<ApiResource> Resources, IReadOnlyDictionary<string, string> FailedGroups)
{
    public bool Complete => FailedGroups.Count == 0;

    /// <summary>Upstream's error text: "unable to retrieve the complete list of server APIs: apps/v1: reason, ...".</summary>
    public string FailureMessage =>
        "unable to retrieve the complete list of server APIs: "
        + string.Join(", ", FailedGroups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Value}"));

    /// <summary>
    /// The resource serving <paramref name="kind"/> of <paramref name="apiVersion"/>'s group, as a
    /// RESTMapper maps it: an object of another version of the group is the same object, so the
    /// preferred version serves it when discovery did not list the one asked for.
    /// </summary>
    public ApiResource? ForKind(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? "" : apiVersion[..slash];
        ApiResource? sameGroup = null;
        foreach (var r in Resources)
        {
            if (r.Kind != kind || r.Group != group)
                continue;
            if (r.ApiVersion == apiVersion)
                return r;
            sameGroup ??= r;
        }

        return sameGroup;
    }
}
