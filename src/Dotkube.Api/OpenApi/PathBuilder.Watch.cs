using System.Text.Json.Nodes;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

internal sealed partial class PathBuilder
{
    /// <summary>
    /// The /watch/ paths upstream still publishes (deprecated in favour of ?watch=true on a list),
    /// because generated clients expose them as methods.
    /// </summary>
    private void WatchPaths(ResourceInfo r)
    {
        var id = gv.OperationInfix;
        var root = gv.PathPrefix + "/watch";
        var listDescription = $"watch changes to a list of {r.Kind}. Deprecated: use the 'watch' parameter of the list operation.";
        var itemDescription = $"watch changes to one object of kind {r.Kind}. Deprecated: use the 'watch' parameter of the list operation with a fieldSelector on the name.";
        if (r.Namespaced)
        {
            Watch(r, $"{root}/namespaces/{{namespace}}/{r.Plural}", "watchlist", $"watch{id}Namespaced{r.Kind}List", listDescription, Parameters.Namespace());
            Watch(r, $"{root}/namespaces/{{namespace}}/{r.Plural}/{{name}}", "watch", $"watch{id}Namespaced{r.Kind}", itemDescription,
                Parameters.Name(r.Kind), Parameters.Namespace());
            Watch(r, $"{root}/{r.Plural}", "watchlist", $"watch{id}{r.Kind}ListForAllNamespaces", listDescription);
        }
        else
        {
            Watch(r, $"{root}/{r.Plural}", "watchlist", $"watch{id}{r.Kind}List", listDescription);
            Watch(r, $"{root}/{r.Plural}/{{name}}", "watch", $"watch{id}{r.Kind}", itemDescription, Parameters.Name(r.Kind));
        }
    }

    private void Watch(ResourceInfo r, string path, string action, string operationId, string description, params JsonObject[] scope)
    {
        var item = new JsonObject
        {
            ["get"] = _operations.Make(action, description, operationId, r.Gvk,
                Operations.Responses(() => schemas.Ref(typeof(WatchEvent)), Operations.ListMedia, "200")),
        };
        Add(path, item, Parameters.Sorted(Parameters.List.Append("pretty"), scope));
    }
}
