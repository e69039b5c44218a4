using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>rest.EnsureObjectNamespaceMatchesRequestNamespace's text (create, update, patch).</summary>
    private const string NamespaceMismatch = "the namespace of the provided object does not match the namespace sent on the request";

    /// <summary>
    /// Bodies naming another object than the URL. Namespace mismatches are checked first
    /// (EnsureObjectNamespaceMatchesRequestNamespace), then the name (checkName in rest.go),
    /// which on update also refuses an empty name instead of taking the URL's.
    /// </summary>
    private static void Identity(CaseSet set, CaseSet.Category add)
    {
        foreach (var kind in ResourceKind.All.Where(k => k.Namespaced))
        {
            Post(add, set, kind, "body in another namespace", o => Set(o, "metadata.namespace", "other"), BadRequest(NamespaceMismatch));
            Put(add, kind, "body in another namespace", o => Set(o, "metadata.namespace", "other"), BadRequest(NamespaceMismatch));
        }

        foreach (var kind in ResourceKind.All)
        {
            Put(add, kind, "body names another object", o => Set(o, "metadata.name", "other-name"),
                BadRequest($"the name of the object (other-name) does not match the name on the URL ({kind.Seeded})"));
            Put(add, kind, "body without a name", o => Remove(o, "metadata", "name"),
                BadRequest($"the name of the object ({kind.Seeded} based on URL) was undeterminable: name must be provided"));
        }

        var cm = ResourceKind.ConfigMaps;
        add.Add("merge PATCH configmaps renames the object", HttpMethod.Patch, cm.SeededItem, MergePatch,
            """{"metadata":{"name":"other-name"}}""", NameMismatch("other-name", cm.Seeded));
        add.Add("strategic PATCH pods renames the object", HttpMethod.Patch, ResourceKind.Pods.SeededItem, StrategicPatch,
            """{"metadata":{"name":"other-name"}}""", NameMismatch("other-name", ResourceKind.Pods.Seeded));
        add.Add("JSON PATCH deployments replaces the name", HttpMethod.Patch, ResourceKind.Deployments.SeededItem, JsonPatch,
            """[{"op":"replace","path":"/metadata/name","value":"other-name"}]""", NameMismatch("other-name", ResourceKind.Deployments.Seeded));
        add.Add("merge PATCH nodes renames the object", HttpMethod.Patch, ResourceKind.Nodes.SeededItem, MergePatch,
            """{"metadata":{"name":"other-name"}}""", NameMismatch("other-name", ResourceKind.Nodes.Seeded));
        add.Add("merge PATCH services moves the object to another namespace", HttpMethod.Patch, ResourceKind.Services.SeededItem,
            MergePatch, """{"metadata":{"namespace":"other"}}""", BadRequest(NamespaceMismatch));
        add.Add("JSON PATCH configmaps removes the name", HttpMethod.Patch, cm.SeededItem, JsonPatch,
            """[{"op":"remove","path":"/metadata/name"}]""",
            BadRequest($"the name of the object ({cm.Seeded} based on URL) was undeterminable: name must be provided"));

        // Subresources decode their own kinds and run the same checkName.
        var deployments = ResourceKind.Deployments;
        add.Add("PUT deployments/scale names another object", HttpMethod.Put, deployments.SeededItem + "/scale", Json,
            """{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"other-name","namespace":"bad-input"},"spec":{"replicas":3}}""",
            NameMismatch("other-name", deployments.Seeded));
        var status = Manifests.Deployment("other-name");
        Set(status, "status", new JsonObject { ["replicas"] = 7 });
        add.Add("PUT deployments/status names another object", HttpMethod.Put, deployments.SeededItem + "/status", Json, Body(status),
            NameMismatch("other-name", deployments.Seeded));
        add.Add("PUT pods/status names another object", HttpMethod.Put, ResourceKind.Pods.SeededItem + "/status", Json,
            Body(Manifests.Pod("other-name")), NameMismatch("other-name", ResourceKind.Pods.Seeded));
    }

    private static UpstreamAnswer NameMismatch(string bodyName, string urlName) =>
        BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({urlName})");
}
