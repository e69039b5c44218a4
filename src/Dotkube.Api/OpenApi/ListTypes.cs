using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// x-kubernetes-list-type and -list-map-keys, which server-side apply reads. Upstream takes them
/// from +listType markers; here they follow from the patch attributes, which agree with the
/// markers for almost every built-in list (a merge key makes a map keyed by it, a bare merge
/// makes a set, anything else is replaced whole), plus the exceptions below.
/// </summary>
internal static class ListTypes
{
    private static readonly Dictionary<(Type Owner, string Field), (string Type, string[] Keys)> Exceptions = new()
    {
        // Keyed by more fields than their patch merge key.
        [(typeof(Container), "ports")] = ("map", ["containerPort", "protocol"]),
        [(typeof(EphemeralContainer), "ports")] = ("map", ["containerPort", "protocol"]),
        [(typeof(ServiceSpec), "ports")] = ("map", ["port", "protocol"]),
        [(typeof(PodSpec), "topologySpreadConstraints")] = ("map", ["topologyKey", "whenUnsatisfiable"]),

        // Map lists without patch metadata.
        [(typeof(ResourceRequirements), "claims")] = ("map", ["name"]),
        [(typeof(ResourceStatus), "resources")] = ("map", ["resourceID"]),

        // Merged by key in strategic merge patches, yet atomic for server-side apply.
        [(typeof(PodStatus), "hostIPs")] = ("atomic", []),
        [(typeof(PodStatus), "podIPs")] = ("atomic", []),
    };

    public static void Describe(JsonObject schema, Type owner, string field, string? strategy, string? mergeKey)
    {
        var (type, keys) = Exceptions.TryGetValue((owner, field), out var exception) ? exception
            : mergeKey is not null ? ("map", [mergeKey])
            : strategy is not null && strategy.Contains("merge", StringComparison.Ordinal) ? ("set", [])
            : ("atomic", Array.Empty<string>());
        if (type == "atomic" && IsListItems(owner, field))
        {
            return;
        }

        if (keys.Length > 0)
        {
            schema["x-kubernetes-list-map-keys"] = new JsonArray(keys.Select(k => (JsonNode)JsonValue.Create(k)).ToArray());
        }

        schema["x-kubernetes-list-type"] = type;
    }

    // The items of a list kind carry no list type upstream.
    private static bool IsListItems(Type owner, string field) =>
        field == "items" && owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(KubeList<>);
}
