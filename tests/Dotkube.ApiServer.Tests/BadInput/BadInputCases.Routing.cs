using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Wrong content types, wrong Accept headers, and requests the router has no handler for.
    /// Object bodies accept JSON, YAML and protobuf (415 otherwise, with the list); a JSON body
    /// sent as protobuf fails the protobuf decoder (400). go-restful answers a known path with
    /// an unknown method 405 and an unknown path 404, both with their generic texts.
    /// </summary>
    private static void Routing(CaseSet set, CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        add.Add("POST configmaps as text/plain", HttpMethod.Post, cms.Collection, "text/plain", Body(Manifests.ConfigMap(set.Fresh())), UnsupportedObjectMediaType());
        add.Add("POST pods as application/xml", HttpMethod.Post, ResourceKind.Pods.Collection, "application/xml", Body(Manifests.Pod(set.Fresh())), UnsupportedObjectMediaType());
        add.Add("PUT deployments as text/html", HttpMethod.Put, ResourceKind.Deployments.SeededItem, "text/html",
            Body(Manifests.Deployment(ResourceKind.Deployments.Seeded)), UnsupportedObjectMediaType());
        // mime.ParseMediaType fails on the parameter list, so nothing matches.
        add.Add("POST nodes with a malformed content type", HttpMethod.Post, ResourceKind.Nodes.Collection, "application/json;;=",
            Body(Manifests.Node(set.Fresh())), UnsupportedObjectMediaType());
        add.Add("POST configmaps JSON sent as protobuf", HttpMethod.Post, cms.Collection, "application/vnd.kubernetes.protobuf",
            Body(Manifests.ConfigMap(set.Fresh())),
            BadRequest().WithPrefix("the object provided is unrecognized (must be of type ConfigMap): provided data does not appear to be a protobuf message"));

        // Whether go-restful's Consumes filter ("415: Unsupported Media Type") or the patch
        // handler's own list answers first has varied between releases: code and reason only.
        const string patch = """{"metadata":{"labels":{"bad-input":"patched"}}}""";
        add.Add("PATCH configmaps as application/json", HttpMethod.Patch, cms.SeededItem, Json, patch, UnsupportedMediaType());
        add.Add("PATCH pods as text/plain", HttpMethod.Patch, ResourceKind.Pods.SeededItem, "text/plain", patch, UnsupportedMediaType());
        add.Add("PATCH nodes without a content type", HttpMethod.Patch, ResourceKind.Nodes.SeededItem, null, patch, UnsupportedMediaType());
        add.Add("PATCH deployments as application/apply-patch+json", HttpMethod.Patch, ResourceKind.Deployments.SeededItem,
            "application/apply-patch+json", patch, UnsupportedMediaType());

        add.Add("GET configmaps accepting only XML", HttpMethod.Get, cms.SeededItem, null, (string?)null, NotAcceptable(), accept: "application/xml");
        add.Add("list pods accepting only text/plain", HttpMethod.Get, ResourceKind.Pods.Collection, null, (string?)null, NotAcceptable(), accept: "text/plain");

        add.Add("POST configmaps on the all-namespaces path", HttpMethod.Post, "/api/v1/configmaps", Json, Body(Manifests.ConfigMap(set.Fresh())), MethodNotAllowed());
        add.Add("PUT on the configmaps collection", HttpMethod.Put, cms.Collection, Json, Body(Manifests.ConfigMap(set.Fresh())), MethodNotAllowed());
        add.Add("PATCH on the pods collection", HttpMethod.Patch, ResourceKind.Pods.Collection, MergePatch, patch, MethodNotAllowed());
        add.Add("POST on a named configmap", HttpMethod.Post, cms.SeededItem, Json, Body(Manifests.ConfigMap(set.Fresh())), MethodNotAllowed());

        add.Add("GET nodes inside a namespace", HttpMethod.Get, $"/api/v1/namespaces/{Manifests.Ns}/nodes", null, (string?)null, NoRoute());
        add.Add("GET an unknown resource", HttpMethod.Get, $"/api/v1/namespaces/{Manifests.Ns}/bogusthings", null, (string?)null, NoRoute());
        add.Add("GET configmaps/status, a subresource configmaps lack", HttpMethod.Get, cms.SeededItem + "/status", null, (string?)null, NoRoute());
        add.Add("GET deployments unknown subresource", HttpMethod.Get, ResourceKind.Deployments.SeededItem + "/bogus", null, (string?)null, NoRoute());

        add.Add("GET configmaps with an invalid name", HttpMethod.Get, cms.Item("Bad_Name"), null, (string?)null, NotFound("configmaps", "Bad_Name"));
        add.Add("PUT configmaps that do not exist", HttpMethod.Put, cms.Item("missing-cm"), Json, Body(Manifests.ConfigMap("missing-cm")),
            NotFound("configmaps", "missing-cm"));
        add.Add("POST configmaps into a missing namespace", HttpMethod.Post, "/api/v1/namespaces/missing-ns/configmaps", Json,
            Body(Manifests.ConfigMap(set.Fresh())), NotFound("namespaces", "missing-ns"));
        add.Add("POST configmaps into an invalid namespace", HttpMethod.Post, "/api/v1/namespaces/Bad_NS/configmaps", Json,
            Body(Manifests.ConfigMap(set.Fresh())), NotFound("namespaces", "Bad_NS"));
        add.Add("DELETE configmaps in a missing namespace", HttpMethod.Delete, "/api/v1/namespaces/missing-ns/configmaps/x", null, (string?)null,
            NotFound("configmaps", "x"));
    }
}
