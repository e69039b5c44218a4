using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Bodies naming another kind or apiVersion than the URL. Upstream decodes what the body
    /// names (or fails to: "no kind X is registered for version Y") and then fails converting it
    /// to the URL's type; either way transformDecodeError words it "Kind in version "v" cannot
    /// be handled as a Into", where "v" is the version part of the body's apiVersion.
    /// </summary>
    private static void TypeMeta(CaseSet set, CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        Post(add, set, cms, "kind Secret", o => o["kind"] = "Secret", CannotHandle("Secret", "v1", "ConfigMap"));
        Post(add, set, cms, "unregistered kind", o => o["kind"] = "Bogus", CannotHandle("Bogus", "v1", "ConfigMap"));
        Post(add, set, cms, "lower-case kind", o => o["kind"] = "configmap", CannotHandle("configmap", "v1", "ConfigMap"));
        Post(add, set, cms, "apiVersion apps/v1", o => o["apiVersion"] = "apps/v1", CannotHandle("ConfigMap", "v1", "ConfigMap"));
        Post(add, set, cms, "apiVersion v2", o => o["apiVersion"] = "v2", CannotHandle("ConfigMap", "v2", "ConfigMap"));
        // schema.ParseGroupVersion fails while reading the type, so the kind is never known.
        Post(add, set, cms, "apiVersion with two slashes", o => o["apiVersion"] = "a/b/c", Unrecognized("ConfigMap"));
        Post(add, set, cms, "numeric apiVersion", o => o["apiVersion"] = 1, Unrecognized("ConfigMap"));
        Post(add, set, cms, "kind is an object", o => o["kind"] = new JsonObject { ["name"] = "ConfigMap" }, Unrecognized("ConfigMap"));

        Post(add, set, ResourceKind.Pods, "kind Service", o => o["kind"] = "Service", CannotHandle("Service", "v1", "Pod"));
        Post(add, set, ResourceKind.Pods, "apiVersion apps/v1", o => o["apiVersion"] = "apps/v1", CannotHandle("Pod", "v1", "Pod"));
        Post(add, set, ResourceKind.Deployments, "apiVersion v1", o => o["apiVersion"] = "v1", CannotHandle("Deployment", "v1", "Deployment"));
        Post(add, set, ResourceKind.Deployments, "kind StatefulSet", o => o["kind"] = "StatefulSet", CannotHandle("StatefulSet", "v1", "Deployment"));
        // apps/v1beta1 is still in upstream's scheme: the body decodes, then the handler refuses
        // it ("the API version in the data (apps/v1beta1) does not match the expected API version
        // (apps/v1)"). Whether a server knows the old version changes only the wording.
        Post(add, set, ResourceKind.Deployments, "apiVersion apps/v1beta1", o => o["apiVersion"] = "apps/v1beta1", BadRequest());
        Post(add, set, ResourceKind.Services, "kind Endpoints", o => o["kind"] = "Endpoints", CannotHandle("Endpoints", "v1", "Service"));
        Post(add, set, ResourceKind.Namespaces, "kind Node", o => o["kind"] = "Node", CannotHandle("Node", "v1", "Namespace"));
        Post(add, set, ResourceKind.Nodes, "kind Namespace", o => o["kind"] = "Namespace", CannotHandle("Namespace", "v1", "Node"));

        Put(add, cms, "kind Secret", o => o["kind"] = "Secret", CannotHandle("Secret", "v1", "ConfigMap"));
        Put(add, ResourceKind.Deployments, "apiVersion apps/v2", o => o["apiVersion"] = "apps/v2", CannotHandle("Deployment", "v2", "Deployment"));
        Put(add, ResourceKind.Nodes, "kind Pod", o => o["kind"] = "Pod", CannotHandle("Pod", "v1", "Node"));
        Put(add, ResourceKind.Namespaces, "apiVersion v1beta1", o => o["apiVersion"] = "v1beta1", CannotHandle("Namespace", "v1beta1", "Namespace"));
    }

    /// <summary>A POST of a fresh, valid manifest of <paramref name="kind"/> after <paramref name="mutate"/>.</summary>
    private static void Post(CaseSet.Category add, CaseSet set, ResourceKind kind, string what, Action<JsonObject> mutate,
        UpstreamAnswer expected, string query = "") => Post(add, set, kind, what, mutate, _ => expected, query);

    /// <summary>As above, for answers that name the fresh object.</summary>
    private static void Post(CaseSet.Category add, CaseSet set, ResourceKind kind, string what, Action<JsonObject> mutate,
        Func<string, UpstreamAnswer> expected, string query = "")
    {
        var name = set.Fresh();
        var manifest = Manifests.Of(kind, name);
        mutate(manifest);
        add.Add($"POST {kind.Plural} {what}", HttpMethod.Post, kind.Collection + query, Json, Body(manifest), expected(name));
    }

    /// <summary>A PUT to the seeded object of <paramref name="kind"/>, its manifest changed by <paramref name="mutate"/>.</summary>
    private static void Put(CaseSet.Category add, ResourceKind kind, string what, Action<JsonObject> mutate,
        UpstreamAnswer expected, string query = "")
    {
        var manifest = Manifests.Of(kind, kind.Seeded);
        Changed(manifest);
        mutate(manifest);
        add.Add($"PUT {kind.Plural} {what}", HttpMethod.Put, kind.SeededItem + query, Json, Body(manifest), expected);
    }

    /// <summary>Makes a PUT body differ from what is stored, so a wrongly accepted one shows in the checksum.</summary>
    private static void Changed(JsonObject manifest) =>
        Set(manifest, "metadata.annotations", new JsonObject { ["bad-input/changed"] = "true" });
}
