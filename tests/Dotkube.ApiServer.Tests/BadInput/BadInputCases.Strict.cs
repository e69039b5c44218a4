using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    private const string StrictQuery = "?fieldValidation=Strict";

    /// <summary>
    /// Unknown and duplicate fields under fieldValidation=Strict. Create and update decode the
    /// body strictly: 400 with the strict errors, paths in document order. A patch is applied
    /// first and its result decoded strictly: patch.go reports that as 422 Invalid on the
    /// field "patch" (the patched document as the value).
    /// </summary>
    private static void Strict(CaseSet set, CaseSet.Category add)
    {
        Post(add, set, ResourceKind.ConfigMaps, "unknown top-level field", o => o["bogus"] = 1,
            Upstream.Strict("ConfigMap", "v1", "unknown field \"bogus\""), StrictQuery);
        Post(add, set, ResourceKind.ConfigMaps, "unknown metadata field", o => Set(o, "metadata.bogus", 1),
            Upstream.Strict("ConfigMap", "v1", "unknown field \"metadata.bogus\""), StrictQuery);
        Post(add, set, ResourceKind.ConfigMaps, "two unknown fields", o =>
        {
            o["alpha"] = 1;
            o["beta"] = 2;
        }, Upstream.Strict("ConfigMap", "v1", "unknown field \"alpha\"", "unknown field \"beta\""), StrictQuery);
        Post(add, set, ResourceKind.Pods, "unknown container field", o => Set(o, "spec.containers[0].bogus", true),
            Upstream.Strict("Pod", "v1", "unknown field \"spec.containers[0].bogus\""), StrictQuery);
        Post(add, set, ResourceKind.Deployments, "unknown pod template field", o => Set(o, "spec.template.spec.bogus", "x"),
            Upstream.Strict("Deployment", "v1", "unknown field \"spec.template.spec.bogus\""), StrictQuery);
        Post(add, set, ResourceKind.Services, "unknown port field", o => Set(o, "spec.ports[0].bogus", 1),
            Upstream.Strict("Service", "v1", "unknown field \"spec.ports[0].bogus\""), StrictQuery);
        Post(add, set, ResourceKind.Namespaces, "unknown spec field", o => Set(o, "spec.bogus", 1),
            Upstream.Strict("Namespace", "v1", "unknown field \"spec.bogus\""), StrictQuery);
        Post(add, set, ResourceKind.Nodes, "unknown spec field", o => Set(o, "spec.bogus", 1),
            Upstream.Strict("Node", "v1", "unknown field \"spec.bogus\""), StrictQuery);

        var cms = ResourceKind.ConfigMaps;
        var duplicate = Body(Manifests.ConfigMap(set.Fresh()))[..^1] + ",\"data\":{\"k\":\"w\"}}";
        add.Add("POST configmaps duplicate field", HttpMethod.Post, cms.Collection + StrictQuery, Json, duplicate,
            Upstream.Strict("ConfigMap", "v1", "duplicate field \"data\""));
        add.Add("POST configmaps YAML unknown field", HttpMethod.Post, cms.Collection + StrictQuery, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {set.Fresh()}\nbogus: 1\n",
            Upstream.Strict("ConfigMap", "v1", "unknown field \"bogus\""));
        // yaml.v2's UnmarshalStrict words duplicate keys with line numbers.
        add.Add("POST configmaps YAML duplicate key", HttpMethod.Post, cms.Collection + StrictQuery, Yaml,
            $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {set.Fresh()}\ndata:\n  k: v\ndata:\n  k: w\n",
            BadRequest().WithPrefix("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: "));

        Put(add, cms, "unknown field", o => o["bogus"] = 1, Upstream.Strict("ConfigMap", "v1", "unknown field \"bogus\""), StrictQuery);
        Put(add, ResourceKind.Deployments, "unknown container field", o => Set(o, "spec.template.spec.containers[0].bogus", 1),
            Upstream.Strict("Deployment", "v1", "unknown field \"spec.template.spec.containers[0].bogus\""), StrictQuery);

        add.Add("merge PATCH configmaps unknown field", HttpMethod.Patch, cms.SeededItem + StrictQuery, MergePatch,
            """{"bogus":1}""", PatchResultInvalid("strict decoding error: unknown field \"bogus\""));
        add.Add("strategic PATCH pods unknown spec field", HttpMethod.Patch, ResourceKind.Pods.SeededItem + StrictQuery, StrategicPatch,
            """{"spec":{"bogus":1}}""", PatchResultInvalid("unknown field \"spec.bogus\""));
        add.Add("JSON PATCH services adds an unknown field", HttpMethod.Patch, ResourceKind.Services.SeededItem + StrictQuery, JsonPatch,
            """[{"op":"add","path":"/bogus","value":1}]""", PatchResultInvalid("unknown field \"bogus\""));
        add.Add("merge PATCH nodes unknown spec field", HttpMethod.Patch, ResourceKind.Nodes.SeededItem + StrictQuery, MergePatch,
            Body(new JsonObject { ["spec"] = new JsonObject { ["bogus"] = true } }), PatchResultInvalid("unknown field \"spec.bogus\""));
    }
}
