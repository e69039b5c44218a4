using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using Dotkube.ApiServer.Registry;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Watch;

/// <summary>
/// One change as the watch cache keeps it: decoded objects for filtering, and the object's JSON
/// serialized once for every watcher that receives it. For DELETED, <see cref="Object"/> is the
/// last state stamped with the deletion's revision, as upstream sends it.
/// </summary>
public sealed record CacheEvent(string Type, long Revision, string Key, KubeObject Object, KubeObject? PrevObject, byte[] Json)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";

    /// <summary>Decodes a storage change once and serializes the object watchers will receive.</summary>
    public static CacheEvent From(ResourceInfo resource, StorageEvent change) => From(resource, change, null);

    /// <summary>
    /// As above, with <paramref name="cachedPrevious"/> the decoded object the watch cache holds
    /// for the key: when it is the change's previous state (same mod revision) it stands in for
    /// decoding <see cref="StorageEvent.Previous"/> again, saving a decode per update or delete.
    /// </summary>
    public static CacheEvent From(ResourceInfo resource, StorageEvent change, CacheEvent? cachedPrevious)
    {
        var previous = change.Previous is null ? null
            : cachedPrevious is not null && cachedPrevious.Revision == change.Previous.ModRevision ? cachedPrevious.Object
            : StoredObject.Decode(resource, change.Previous);
        if (change.Type == StorageEventType.Delete)
        {
            var last = StoredObject.Decode(resource, change.Previous!.Value, change.Revision);
            return new CacheEvent(Deleted, change.Revision, change.Current.Key, last, previous, KubeJson.Serialize(last, resource.ClrType));
        }

        var obj = StoredObject.Decode(resource, change.Current);
        return new CacheEvent(previous is null ? Added : Modified, change.Revision, change.Current.Key, obj, previous,
            KubeJson.Serialize(obj, resource.ClrType));
    }
}
