namespace Dotkube.Storage;

/// <summary>A storage failure with a <see cref="Code"/>; a conflict carries the value now stored.</summary>
public sealed class StorageException(StorageErrorCode code, string message, KeyValue? current = null) : Exception(message)
{
    public StorageErrorCode Code { get; } = code;

    /// <summary>For <see cref="StorageErrorCode.Conflict"/>: the current value, so the caller can retry without a read.</summary>
    public KeyValue? Current { get; } = current;
}
