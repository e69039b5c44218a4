using System.Text.Json.Nodes;
using Dotkube.Api.Meta;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// The JSON merge patches the garbage collector writes. Each carries the resourceVersion it was
/// computed from, so a concurrent change makes it a 409 Conflict (retried on fresh state)
/// rather than a lost update; merge patches work for every resource, custom ones included.
/// </summary>
public static class MetadataPatches
{
    /// <summary>Drops the owner references to <paramref name="ownerUids"/>.</summary>
    public static string RemoveOwners(ObjectMeta meta, IReadOnlySet<string> ownerUids) =>
        OwnersPatch(meta, (meta.OwnerReferences ?? []).Where(r => !ownerUids.Contains(r.Uid)));

    /// <summary>Sets blockOwnerDeletion=false on every blocking reference (upstream's cycle breaker in foreground deletion).</summary>
    public static string UnblockOwners(ObjectMeta meta) =>
        OwnersPatch(meta, (meta.OwnerReferences ?? []).Select(r => r.BlockOwnerDeletion == true
            ? new OwnerReference { ApiVersion = r.ApiVersion, Kind = r.Kind, Name = r.Name, Uid = r.Uid, Controller = r.Controller, BlockOwnerDeletion = false }
            : r));

    public static string RemoveFinalizer(ObjectMeta meta, string finalizer)
    {
        var rest = (meta.Finalizers ?? []).Where(f => f != finalizer).ToList();
        var metadata = new JsonObject
        {
            ["finalizers"] = rest.Count == 0 ? null : new JsonArray([.. rest.Select(f => JsonValue.Create(f))]),
            ["resourceVersion"] = meta.ResourceVersion,
        };
        return new JsonObject { ["metadata"] = metadata }.ToJsonString();
    }

    private static string OwnersPatch(ObjectMeta meta, IEnumerable<OwnerReference> references)
    {
        var list = references.Select(ToJson).ToList();
        var metadata = new JsonObject
        {
            ["ownerReferences"] = list.Count == 0 ? null : new JsonArray([.. list]),
            ["resourceVersion"] = meta.ResourceVersion,
        };
        return new JsonObject { ["metadata"] = metadata }.ToJsonString();
    }

    private static JsonObject ToJson(OwnerReference r)
    {
        var json = new JsonObject
        {
            ["apiVersion"] = r.ApiVersion,
            ["kind"] = r.Kind,
            ["name"] = r.Name,
            ["uid"] = r.Uid,
        };
        if (r.Controller is { } controller)
            json["controller"] = controller;
        if (r.BlockOwnerDeletion is { } block)
            json["blockOwnerDeletion"] = block;
        return json;
    }
}
