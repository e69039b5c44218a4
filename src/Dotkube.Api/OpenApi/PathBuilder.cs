using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// The paths section of one group/version: for each resource the collection, item, all-namespaces
/// and (deprecated but still published) watch paths its verbs allow, then its subresources.
/// Operation ids follow upstream's pattern: verb, group/version, scope, kind, subresource.
/// </summary>
internal sealed partial class PathBuilder(SchemaBuilder schemas, GroupVersionNames gv)
{
    /// <summary>Resources whose DELETE answers with the deleted object rather than a Status.</summary>
    private static readonly HashSet<string> DeleteReturnsObject = ["pods", "services", "persistentvolumes", "persistentvolumeclaims"];

    private readonly SortedDictionary<string, JsonObject> _paths = new(StringComparer.Ordinal);
    private readonly Operations _operations = new(gv.Tag);

    public JsonObject Build(IEnumerable<ResourceInfo> resources)
    {
        var discovery = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["description"] = "get available resources",
                ["operationId"] = $"get{gv.OperationInfix}APIResources",
                ["responses"] = Operations.Responses(() => schemas.Ref(typeof(APIResourceList)), Operations.ObjectMedia, "200"),
                ["tags"] = new JsonArray(gv.Tag),
            },
        };
        _paths[gv.PathPrefix + "/"] = discovery;

        foreach (var resource in resources)
        {
            Resource(resource);
        }

        return new JsonObject(_paths.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
    }

    private void Resource(ResourceInfo r)
    {
        var scope = r.Namespaced ? "Namespaced" : "";
        var collection = gv.PathPrefix + (r.Namespaced ? "/namespaces/{namespace}/" : "/") + r.Plural;
        var id = gv.OperationInfix;
        JsonObject Obj() => schemas.Ref(r.ClrType);
        JsonObject List() => schemas.Ref(r.ListClrType);
        JsonObject Status() => schemas.Ref(typeof(Status));
        JsonObject DeleteOptions() => schemas.Ref(typeof(DeleteOptions));

        var c = new JsonObject();
        if (r.HasVerb("list"))
        {
            c["get"] = _operations.Make("list", $"list or watch objects of kind {r.Kind}", $"list{id}{scope}{r.Kind}", r.Gvk,
                Operations.Responses(List, Operations.ListMedia, "200"), Parameters.Sorted(Parameters.List));
        }

        if (r.HasVerb("create"))
        {
            c["post"] = _operations.Make("post", $"create a {r.Kind}", $"create{id}{scope}{r.Kind}", r.Gvk,
                Operations.Responses(Obj, Operations.ObjectMedia, "200", "201", "202"), Parameters.Sorted(Parameters.Write),
                Operations.Body(Obj, Operations.AnyMedia, required: true));
        }

        if (r.HasVerb("deletecollection"))
        {
            c["delete"] = _operations.Make("deletecollection", $"delete collection of {r.Kind}", $"delete{id}Collection{scope}{r.Kind}", r.Gvk,
                Operations.Responses(Status, Operations.ObjectMedia, "200"), Parameters.Sorted(Parameters.DeleteCollection),
                Operations.Body(DeleteOptions, Operations.AnyMedia, required: false));
        }

        Add(collection, c, ScopeParameters(r, named: false));

        var item = new JsonObject();
        if (r.HasVerb("get"))
        {
            item["get"] = _operations.Make("get", $"read the specified {r.Kind}", $"read{id}{scope}{r.Kind}", r.Gvk,
                Operations.Responses(Obj, Operations.ObjectMedia, "200"));
        }

        if (r.HasVerb("update"))
        {
            item["put"] = _operations.Make("put", $"replace the specified {r.Kind}", $"replace{id}{scope}{r.Kind}", r.Gvk,
                Operations.Responses(Obj, Operations.ObjectMedia, "200", "201"), Parameters.Sorted(Parameters.Write),
                Operations.Body(Obj, Operations.AnyMedia, required: true));
        }

        if (r.HasVerb("patch"))
        {
            item["patch"] = PatchOperation($"partially update the specified {r.Kind}", $"patch{id}{scope}{r.Kind}", r.Gvk, Obj);
        }

        if (r.HasVerb("delete"))
        {
            Func<JsonObject> deleted = DeleteReturnsObject.Contains(r.Plural) && r.Group.Length == 0 ? Obj : Status;
            item["delete"] = _operations.Make("delete", $"delete a {r.Kind}", $"delete{id}{scope}{r.Kind}", r.Gvk,
                Operations.Responses(deleted, Operations.ObjectMedia, "200", "202"), Parameters.Sorted(Parameters.Delete),
                Operations.Body(DeleteOptions, Operations.AnyMedia, required: false));
        }

        Add(collection + "/{name}", item, ScopeParameters(r, named: true));

        if (r.Namespaced && r.HasVerb("list"))
        {
            var all = new JsonObject
            {
                ["get"] = _operations.Make("list", $"list or watch objects of kind {r.Kind}", $"list{id}{r.Kind}ForAllNamespaces", r.Gvk,
                    Operations.Responses(List, Operations.ListMedia, "200")),
            };
            Add(gv.PathPrefix + "/" + r.Plural, all, Parameters.Sorted(Parameters.List.Append("pretty")));
        }

        if (r.HasVerb("watch"))
        {
            WatchPaths(r);
        }

        foreach (var subresource in r.Subresources)
        {
            Subresource(r, subresource);
        }
    }

    private JsonObject PatchOperation(string description, string operationId, GroupVersionKind gvk, Func<JsonObject> schema) =>
        _operations.Make("patch", description, operationId, gvk,
            Operations.Responses(schema, Operations.ObjectMedia, "200", "201"), Parameters.Sorted(Parameters.Patch),
            Operations.Body(() => schemas.RefWellKnown(SchemaNames.Patch), Operations.PatchMedia, required: true));

    /// <summary>namespace (when namespaced), name (for an item, as "name of the Kind") and pretty.</summary>
    private static JsonArray ScopeParameters(ResourceInfo r, bool named, string? nameOf = null)
    {
        var extra = new List<JsonObject>();
        if (named)
        {
            extra.Add(Parameters.Name(nameOf ?? r.Kind));
        }

        if (r.Namespaced)
        {
            extra.Add(Parameters.Namespace());
        }

        return Parameters.Sorted(["pretty"], [.. extra]);
    }

    private void Add(string path, JsonObject item, JsonArray parameters)
    {
        if (item.Count == 0)
        {
            return;
        }

        item["parameters"] = parameters;
        _paths[path] = item;
    }
}
