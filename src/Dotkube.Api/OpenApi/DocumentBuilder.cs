using System.Text.Json.Nodes;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

/// <summary>
/// Assembles the OpenAPI 3.0 document of one group/version: info, the paths of its resources
/// and every definition those paths reach, as kube-apiserver serves at /openapi/v3/&lt;gv&gt;.
/// </summary>
internal static class DocumentBuilder
{
    public static JsonObject Build(GroupVersionNames gv, IEnumerable<ResourceInfo> resources, KindTable kinds, XmlDocs docs)
    {
        var schemas = new SchemaBuilder(kinds, docs);
        var paths = new PathBuilder(schemas, gv).Build(resources);
        var components = new JsonObject();
        foreach (var (name, schema) in schemas.Build())
        {
            components[name] = schema;
        }

        return new JsonObject
        {
            ["components"] = new JsonObject { ["schemas"] = components },
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = KubeVersion.GitVersion },
            ["openapi"] = "3.0.0",
            ["paths"] = paths,
        };
    }
}
