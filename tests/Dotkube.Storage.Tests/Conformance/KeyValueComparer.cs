namespace Dotkube.Storage.Tests.Conformance;

/// <summary>Compares key values by key, value bytes and both revisions.</summary>
public sealed class KeyValueComparer : IEqualityComparer<KeyValue?>
{
    public static KeyValueComparer Instance { get; } = new();

    public bool Equals(KeyValue? x, KeyValue? y) =>
        ReferenceEquals(x, y) ||
        (x is not null && y is not null && x.Key == y.Key && x.Value.AsSpan().SequenceEqual(y.Value) &&
         x.CreateRevision == y.CreateRevision && x.ModRevision == y.ModRevision);

    public int GetHashCode(KeyValue? obj) => HashCode.Combine(obj?.Key, obj?.ModRevision);

    public static string Describe(KeyValue? kv) =>
        kv is null ? "null" : $"{kv.Key}={Convert.ToHexString(kv.Value)}@{kv.CreateRevision}/{kv.ModRevision}";
}
