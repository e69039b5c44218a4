using Dotkube.Api.Meta;

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
}
