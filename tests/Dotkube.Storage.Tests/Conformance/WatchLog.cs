namespace Dotkube.Storage.Tests.Conformance;

/// <summary>Everything one watcher was told, in the order it was told.</summary>
public sealed record WatchLog(string Prefix, long FromRevision, IReadOnlyList<StorageEvent> Events);
