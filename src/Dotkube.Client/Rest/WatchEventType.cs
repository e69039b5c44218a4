namespace Dotkube.Client.Rest;

/// <summary>The type of a watch event, as the wire's "ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR".</summary>
public enum WatchEventType
{
    Added,
    Modified,
    Deleted,

    /// <summary>No change: the object carries only metadata.resourceVersion, to resume from after a restart.</summary>
    Bookmark,

    /// <summary>The watch failed (410 Expired for a compacted resourceVersion); the server ends the stream after it.</summary>
    Error,
}
