namespace Dotkube.Storage.Tests.Conformance;

/// <summary>What every client of a <see cref="RecordedWorkload"/> was told.</summary>
public sealed record WorkloadRecording(
    long BaseRevision,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    IReadOnlyList<WatchLog> Watches,
    IReadOnlyList<ReadLog> Reads);
