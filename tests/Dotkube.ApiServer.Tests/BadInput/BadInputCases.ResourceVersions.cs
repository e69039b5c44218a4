using System.Text.Json.Nodes;
using static Dotkube.ApiServer.Tests.BadInput.Bodies;
using static Dotkube.ApiServer.Tests.BadInput.Upstream;

namespace Dotkube.ApiServer.Tests.BadInput;

public static partial class BadInputCases
{
    /// <summary>
    /// resourceVersions that are not numbers, or not the stored one. A stale or future version
    /// on a write is 409 Conflict with the optimistic-lock text.
    /// <para>
    /// A resourceVersion that is not a number is a gap upstream: read from the watch cache,
    /// list, get and watch answer 500 (kubernetes#139485; #139525 proposes 400 BadRequest);
    /// read from etcd (a list with limit) it is 400 "invalid resource version: ..."; in an
    /// update body it is 500 too (strconv's error passed through; #68208 was not merged). The
    /// issue forbids 5xx, so 400 BadRequest is expected throughout.
    /// </para>
    /// </summary>
    private static void ResourceVersions(CaseSet.Category add)
    {
        List(add, "configmaps", ResourceKind.ConfigMaps.Collection, "resourceVersion=abc", BadRequest());
        List(add, "pods", ResourceKind.Pods.Collection, "resourceVersion=-1", BadRequest());
        List(add, "deployments", ResourceKind.Deployments.Collection, "resourceVersion=abc&limit=1", BadRequest().WithPrefix("invalid resource version: "));
        add.Add("get configmaps resourceVersion=abc", HttpMethod.Get, ResourceKind.ConfigMaps.SeededItem + "?resourceVersion=abc", null, (string?)null, BadRequest());
        WatchCase(add, "nodes", ResourceKind.Nodes.Collection, "resourceVersion=abc", BadRequest());
        WatchCase(add, "deployments", ResourceKind.Deployments.Collection, "resourceVersion=-5", BadRequest());

        Put(add, ResourceKind.Deployments, "resourceVersion not a number", o => Set(o, "metadata.resourceVersion", "abc"), BadRequest());
        var cms = ResourceKind.ConfigMaps;
        Put(add, cms, "stale resourceVersion", o => Set(o, "metadata.resourceVersion", "1"), Conflict(cms.QualifiedResource, cms.Seeded));
        var nodes = ResourceKind.Nodes;
        Put(add, nodes, "future resourceVersion", o => Set(o, "metadata.resourceVersion", "99999999"), Conflict(nodes.QualifiedResource, nodes.Seeded));
        var services = ResourceKind.Services;
        add.Add("merge PATCH services pinning a stale resourceVersion", HttpMethod.Patch, services.SeededItem, MergePatch,
            Body(new JsonObject { ["metadata"] = new JsonObject { ["resourceVersion"] = "1", ["labels"] = new JsonObject { ["bad-input"] = "patched" } } }),
            Conflict(services.QualifiedResource, services.Seeded));
    }
}
