namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// One write a client was told succeeded: what it wrote, the revision it got, and when the call
/// started and completed (<see cref="System.Diagnostics.Stopwatch"/> timestamps, one clock for all clients).
/// </summary>
public sealed record Acknowledgement(WriteKind Kind, string Key, byte[] Value, long Revision, long StartedAt, long CompletedAt);
