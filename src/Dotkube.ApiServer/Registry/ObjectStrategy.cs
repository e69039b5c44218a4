using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.ApiServer.Registry;

/// <summary>
/// The parts of upstream's create/update strategies every kind shares: system metadata,
/// generation, the spec/status split, and the per-kind initial status.
/// </summary>
public static class ObjectStrategy
{
    /// <summary>rest.BeforeCreate: system fields, generation 1, status reset (nodes keep theirs, as upstream).</summary>
    public static void PrepareForCreate(ResourceInfo resource, KubeObject obj, DateTimeOffset now)
    {
        var meta = obj.Metadata;
        meta.Uid = Guid.NewGuid().ToString();
        meta.CreationTimestamp = TruncateToSeconds(now);
        meta.DeletionTimestamp = null;
        meta.DeletionGracePeriodSeconds = null;
        meta.ResourceVersion = null;
        meta.SelfLink = null;
        meta.Generation = KindRules.TracksGeneration(resource) ? 1 : null;
        if (!resource.Namespaced)
        {
            meta.Namespace = null;
        }

        InitialState.Apply(resource, obj, TruncateToSeconds(now));
    }

    /// <summary>
    /// rest.BeforeUpdate plus the main resource's PrepareForUpdate: system fields come from the
    /// stored object, status is kept when the kind has a status subresource, and generation
    /// moves only when the spec changed.
    /// </summary>
    public static KubeObject PrepareForUpdate(ResourceInfo resource, KubeObject updated, KubeObject stored)
    {
        var node = ToNode(resource, updated);
        var old = ToNode(resource, stored);
        if (KindRules.HasStatus(resource))
        {
            Copy(old, node, "status");
        }

        if (resource.Group.Length == 0 && resource.Plural == "namespaces")
        {
            // As upstream: spec.finalizers change only through /finalize.
            Copy(old, node, "spec");
        }

        KeepSystemMetadata(node, old);
        if (KindRules.TracksGeneration(resource))
        {
            var changed = !JsonNode.DeepEquals(WithoutMetaAndStatus(node), WithoutMetaAndStatus(old));
            var generation = old["metadata"]?["generation"]?.GetValue<long>() ?? 1;
            node["metadata"]!["generation"] = changed ? generation + 1 : generation;
        }

        return FromNode(resource, node);
    }

    /// <summary>
    /// rest.BeforeUpdate plus the kind's status strategy: the spec (every top-level field besides
    /// metadata and status) and system metadata come from the stored object, metadata the kind's
    /// strategy resets too (<see cref="KindRules.StatusResetMetadata"/>); the rest is the request's.
    /// </summary>
    public static KubeObject PrepareForStatusUpdate(ResourceInfo resource, KubeObject updated, KubeObject stored)
    {
        var node = ToNode(resource, updated);
        var old = ToNode(resource, stored);
        foreach (var field in node.Select(p => p.Key).Union(old.Select(p => p.Key)).ToList())
        {
            if (field is not ("metadata" or "status" or "apiVersion" or "kind"))
            {
                Copy(old, node, field);
            }
        }

        KeepSystemMetadata(node, old);
        foreach (var field in KindRules.StatusResetMetadata(resource))
        {
            Copy(old["metadata"]!.AsObject(), node["metadata"]!.AsObject(), field);
        }

        return FromNode(resource, node);
    }

    // Straight between objects and nodes through the generated metadata: no text in between.
    public static JsonObject ToNode(ResourceInfo resource, KubeObject obj) =>
        JsonSerializer.SerializeToNode(obj, KubeJson.TypeInfo(resource.ClrType))!.AsObject();

    public static KubeObject FromNode(ResourceInfo resource, JsonObject node) =>
        (KubeObject)(node.Deserialize(KubeJson.TypeInfo(resource.ClrType)) ?? throw new JsonException("document is null"));

    public static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static void KeepSystemMetadata(JsonObject node, JsonObject old)
    {
        var meta = node["metadata"]?.AsObject() ?? [];
        node["metadata"] = meta;
        var oldMeta = old["metadata"]!.AsObject();
        foreach (var field in new[] { "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation" })
        {
            Copy(oldMeta, meta, field);
        }

        if (meta["uid"] is null || meta["uid"]!.GetValue<string>().Length == 0)
        {
            Copy(oldMeta, meta, "uid");
        }

        meta.Remove("selfLink");
    }

    private static JsonObject WithoutMetaAndStatus(JsonObject node)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove("metadata");
        copy.Remove("status");
        copy.Remove("apiVersion");
        copy.Remove("kind");
        return copy;
    }

    private static void Copy(JsonObject from, JsonObject to, string field)
    {
        if (from[field] is { } value)
        {
            to[field] = value.DeepClone();
        }
        else
        {
            to.Remove(field);
        }
    }
}
