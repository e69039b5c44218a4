namespace Dotkube.Storage;

/// <summary>A key's value at some revision, with etcd's create and mod revisions.</summary>
public sealed record KeyValue(string Key, byte[] Value, long CreateRevision, long ModRevision);
