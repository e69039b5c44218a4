namespace Dotkube.Storage;

/// <summary>
/// One committed write seen by a watch. For a delete, <see cref="Current"/> has an empty value and
/// the deletion's revision as its mod revision, and <see cref="Previous"/> is the deleted value.
/// </summary>
public sealed record StorageEvent(StorageEventType Type, KeyValue Current, KeyValue? Previous)
{
    public long Revision => Current.ModRevision;
}
