using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// Label and field selectors on list, watch and deletecollection. Both are decoded with the
    /// query (400 on a parse error, the parser's own wording). Field labels go through the kind's
    /// conversion function: kinds without one accept only metadata.name and metadata.namespace
    /// (DefaultMetaV1FieldSelectorConversion), pods, nodes and namespaces answer "field label
    /// not supported".
    /// </summary>
    private static void Selectors(CaseSet.Category add)
    {
        var cms = ResourceKind.ConfigMaps;
        LabelSelector(add, cms.Collection, "configmaps", "a in (");
        LabelSelector(add, cms.Collection, "configmaps", "a=b=c");
        LabelSelector(add, cms.Collection, "configmaps", "a,,b");
        LabelSelector(add, ResourceKind.Pods.Collection, "pods", "!");
        LabelSelector(add, "/api/v1/pods", "pods in all namespaces", "a in (");
        LabelSelector(add, ResourceKind.Deployments.Collection, "deployments", "-a=b");
        LabelSelector(add, ResourceKind.Services.Collection, "services", "a=" + new string('v', 64));
        LabelSelector(add, ResourceKind.Namespaces.Collection, "namespaces", "a>x");
        // "a in ()" is valid upstream (the set holds the empty value); a set needs its parentheses.
        LabelSelector(add, ResourceKind.Nodes.Collection, "nodes", "a notin b");
        LabelSelector(add, ResourceKind.Nodes.Collection, "nodes", "bad key=1");

        FieldSelector(add, cms.Collection, "configmaps", "spec.x=1",
            BadRequest("\"spec.x\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""));
        FieldSelector(add, ResourceKind.Pods.Collection, "pods", "spec.bogus=1", BadRequest("field label not supported: spec.bogus"));
        FieldSelector(add, ResourceKind.Nodes.Collection, "nodes", "spec.bogus=x", BadRequest("field label not supported: spec.bogus"));
        FieldSelector(add, ResourceKind.Namespaces.Collection, "namespaces", "spec.bogus=x", BadRequest("field label not supported: spec.bogus"));
        FieldSelector(add, ResourceKind.Deployments.Collection, "deployments", "spec.bogus=x", BadRequest());
        FieldSelector(add, ResourceKind.Services.Collection, "services", "spec.bogus=x", BadRequest());
        FieldSelector(add, cms.Collection, "configmaps", "metadata.name", BadRequest());
        FieldSelector(add, ResourceKind.Pods.Collection, "pods", "=x", BadRequest());

        add.Add("watch configmaps bad labelSelector", HttpMethod.Get, Watch(cms.Collection, "labelSelector=" + Escape("a in (")), null, (string?)null, BadRequest());
        add.Add("watch pods unsupported fieldSelector", HttpMethod.Get, Watch(ResourceKind.Pods.Collection, "fieldSelector=spec.bogus%3D1"), null,
            (string?)null, BadRequest("field label not supported: spec.bogus"));
        add.Add("watch services in all namespaces bad labelSelector", HttpMethod.Get, Watch("/api/v1/services", "labelSelector=" + Escape("!")),
            null, (string?)null, BadRequest());
        add.Add("watch path configmaps bad labelSelector", HttpMethod.Get,
            $"/api/v1/watch/namespaces/{Manifests.Ns}/configmaps?timeoutSeconds=1&labelSelector={Escape("a=b=c")}", null, (string?)null, BadRequest());

        // DELETE on a collection parses its selectors before deleting anything.
        add.Add("deletecollection configmaps bad labelSelector", HttpMethod.Delete, cms.Collection + "?labelSelector=" + Escape("a in ("),
            null, (string?)null, BadRequest());
        add.Add("deletecollection pods unsupported fieldSelector", HttpMethod.Delete, ResourceKind.Pods.Collection + "?fieldSelector=spec.bogus%3D1",
            null, (string?)null, BadRequest("field label not supported: spec.bogus"));
        add.Add("deletecollection configmaps unparsable fieldSelector", HttpMethod.Delete, cms.Collection + "?fieldSelector=metadata.name",
            null, (string?)null, BadRequest());
    }

    private static void LabelSelector(CaseSet.Category add, string collection, string what, string selector) =>
        add.Add($"list {what} labelSelector \"{Shown(selector)}\"", HttpMethod.Get, collection + "?labelSelector=" + Escape(selector),
            null, (string?)null, BadRequest());

    private static void FieldSelector(CaseSet.Category add, string collection, string what, string selector, UpstreamAnswer expected) =>
        add.Add($"list {what} fieldSelector \"{selector}\"", HttpMethod.Get, collection + "?fieldSelector=" + Escape(selector),
            null, (string?)null, expected);

    /// <summary>A watch that, if wrongly accepted, ends by itself.</summary>
    private static string Watch(string collection, string query) => $"{collection}?watch=true&timeoutSeconds=1&{query}";

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Shown(string value) => value.Length > 20 ? value[..8] + $"...({value.Length} chars)" : value;
}
