namespace Dotkube.Storage.Tests.Conformance;

/// <summary>One (possibly paged) range a reader was told: every item of every page, read at <see cref="Revision"/>.</summary>
public sealed record ReadLog(string Prefix, long Revision, IReadOnlyList<KeyValue> Items);
