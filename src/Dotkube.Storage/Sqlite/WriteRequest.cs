namespace Dotkube.Storage.Sqlite;

/// <summary>
/// One queued write for the writer loop. <see cref="Argument"/> is the expected mod revision
/// (Update, Delete) or the target revision (Compact). The completion carries the write's
/// revision, for Compact the number of revisions still to sweep, for Checkpoint 0.
/// </summary>
internal sealed class WriteRequest(WriteKind kind, string key, byte[] value, long argument, CancellationToken cancellationToken)
{
    public WriteKind Kind { get; } = kind;

    public string Key { get; } = key;

    public byte[] Value { get; } = value;

    public long Argument { get; } = argument;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Completed off the writer thread, so a caller's continuation never runs inside the writer loop.</summary>
    public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
