namespace Dotkube.Client.Rest;

/// <summary>The patch formats the API server accepts, each sent under its own content type.</summary>
public enum PatchType
{
    /// <summary>RFC 6902 JSON Patch (application/json-patch+json): a list of operations.</summary>
    Json,

    /// <summary>RFC 7386 JSON Merge Patch (application/merge-patch+json): lists are replaced whole.</summary>
    Merge,

    /// <summary>Kubernetes strategic merge patch (application/strategic-merge-patch+json): lists merge by their patch merge key.</summary>
    StrategicMerge,
}
