namespace Dotkube.Storage;

/// <summary>Why a storage call failed; the API server maps each to its HTTP status.</summary>
public enum StorageErrorCode
{
    /// <summary>Create of a key that exists (409 AlreadyExists).</summary>
    KeyExists,

    /// <summary>Update or delete of a missing key (404 NotFound).</summary>
    KeyNotFound,

    /// <summary>The expected mod revision is stale (409 Conflict).</summary>
    Conflict,

    /// <summary>The requested revision was compacted (410 Gone).</summary>
    Compacted,
}
