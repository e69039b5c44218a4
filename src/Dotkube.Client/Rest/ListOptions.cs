namespace Dotkube.Client.Rest;

/// <summary>metav1.ListOptions for list and watch; null fields are left out of the query.</summary>
public sealed record ListOptions
{
    /// <summary>A label selector in query form: "app=web,tier in (a,b)".</summary>
    public string? LabelSelector { get; init; }

    /// <summary>A field selector in query form: "metadata.name=web,spec.nodeName=n1".</summary>
    public string? FieldSelector { get; init; }

    /// <summary>Page size for list; the answer's metadata.continue fetches the next page.</summary>
    public long? Limit { get; init; }

    public string? Continue { get; init; }

    /// <summary>For list, how fresh the answer must be ("0" = any cached state); for watch, where the stream starts.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>"NotOlderThan" or "Exact", qualifying <see cref="ResourceVersion"/> on list.</summary>
    public string? ResourceVersionMatch { get; init; }

    /// <summary>The server ends the list or watch after this long; a watch then completes cleanly.</summary>
    public long? TimeoutSeconds { get; init; }

    /// <summary>Asks a watch for BOOKMARK events, which advance the resourceVersion without a change.</summary>
    public bool AllowWatchBookmarks { get; init; }
}
