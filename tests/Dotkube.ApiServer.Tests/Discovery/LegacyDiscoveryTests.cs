using System.Text;
using Dotkube.Api.Schema;
using Dotkube.ApiServer.Discovery;

namespace Dotkube.ApiServer.Tests.Discovery;

public sealed class LegacyDiscoveryTests
{
    private static readonly DiscoveryDocuments Documents = DiscoveryDocuments.FromScheme("10.0.0.1:6443");

    private static string Json(string path)
    {
        Assert.True(Documents.TryGetJson(path, out var json), path);
        return Encoding.UTF8.GetString(json);
    }

    [Fact]
    public void Api_ListsV1AndTheAdvertisedAddress_WithoutApiVersion()
    {
        Assert.Equal(
            """{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"10.0.0.1:6443"}]}""",
            Json("/api"));
    }

    [Fact]
    public void Apis_ListsGroupsInKubeApiserverPriorityOrder()
    {
        string[] expected =
        [
            "apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io", "autoscaling", "batch",
            "networking.k8s.io", "policy", "rbac.authorization.k8s.io", "storage.k8s.io", "apiextensions.k8s.io",
            "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io",
        ];
        Assert.Equal(expected, Documents.ApiGroups.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Apis_AutoscalingPrefersV2AndListsItFirst()
    {
        Assert.Contains(
            """{"name":"autoscaling","versions":[{"groupVersion":"autoscaling/v2","version":"v2"},{"groupVersion":"autoscaling/v1","version":"v1"}],"preferredVersion":{"groupVersion":"autoscaling/v2","version":"v2"}}""",
            Json("/apis"));
        Assert.StartsWith("""{"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apps",""", Json("/apis"));
    }

    [Fact]
    public void ApisGroup_IsAnAPIGroupWithKindAndApiVersion()
    {
        Assert.Equal(
            """{"kind":"APIGroup","apiVersion":"v1","name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}""",
            Json("/apis/apps"));
    }

    [Theory]
    [InlineData("/api/v2")]
    [InlineData("/apis/nosuch.example.com")]
    [InlineData("/apis/apps/v1beta1")]
    [InlineData("/apis/apps/v1/deployments")]
    public void TryGetJson_UnknownPath_IsNotFound(string path)
    {
        Assert.False(Documents.TryGetJson(path, out _));
    }

    [Fact]
    public void TryGetJson_TrailingSlash_NamesTheSameDocument()
    {
        Assert.Equal(Json("/apis"), Json("/apis/"));
    }

    [Fact]
    public void ApiV1_NamesResourcesAndSubresourcesInUpstreamOrder()
    {
        // kubectl get --raw /api/v1 on v1.32, less componentstatuses, which dotkube does not serve.
        string[] expected =
        [
            "bindings", "configmaps", "endpoints", "events", "limitranges", "namespaces", "namespaces/finalize",
            "namespaces/status", "nodes", "nodes/proxy", "nodes/status", "persistentvolumeclaims",
            "persistentvolumeclaims/status", "persistentvolumes", "persistentvolumes/status", "pods", "pods/attach",
            "pods/binding", "pods/ephemeralcontainers", "pods/eviction", "pods/exec", "pods/log", "pods/portforward",
            "pods/proxy", "pods/status", "podtemplates", "replicationcontrollers", "replicationcontrollers/scale",
            "replicationcontrollers/status", "resourcequotas", "resourcequotas/status", "secrets", "serviceaccounts",
            "serviceaccounts/token", "services", "services/proxy", "services/status",
        ];
        Assert.Equal(expected, Documents.FindResourceList("", "v1")!.Resources.Select(r => r.Name));
    }

    [Fact]
    public void ApiV1_IsWrittenAsUpstreamWritesIt()
    {
        var json = Json("/api/v1");
        Assert.StartsWith(
            """{"kind":"APIResourceList","groupVersion":"v1","resources":[{"name":"bindings","singularName":"binding","namespaced":true,"kind":"Binding","verbs":["create"]},""",
            json);
        Assert.Contains(
            """{"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"],"storageVersionHash":"xPOwRZ+Yhw8="},{"name":"pods/attach","singularName":"","namespaced":true,"kind":"PodAttachOptions","verbs":["create","get"]},{"name":"pods/binding","singularName":"","namespaced":true,"kind":"Binding","verbs":["create"]},{"name":"pods/ephemeralcontainers","singularName":"","namespaced":true,"kind":"Pod","verbs":["get","patch","update"]},{"name":"pods/eviction","singularName":"","namespaced":true,"group":"policy","version":"v1","kind":"Eviction","verbs":["create"]},{"name":"pods/exec","singularName":"","namespaced":true,"kind":"PodExecOptions","verbs":["create","get"]},{"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},{"name":"pods/portforward","singularName":"","namespaced":true,"kind":"PodPortForwardOptions","verbs":["create","get"]},{"name":"pods/proxy","singularName":"","namespaced":true,"kind":"PodProxyOptions","verbs":["create","delete","get","patch","update"]},{"name":"pods/status","singularName":"","namespaced":true,"kind":"Pod","verbs":["get","patch","update"]}""",
            json);
    }

    [Fact]
    public void GroupResourceList_CarriesApiVersionV1()
    {
        Assert.StartsWith("""{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apps/v1","resources":[{"name":"controllerrevisions",""", Json("/apis/apps/v1"));
    }

    [Fact]
    public void EveryKind_AppearsExactlyOnceInItsGroupVersion()
    {
        foreach (var resource in Scheme.Default.All)
        {
            var list = Documents.FindResourceList(resource.Group, resource.Version);
            Assert.NotNull(list);
            var entry = Assert.Single(list.Resources, r => r.Name == resource.Plural);
            Assert.Equal(resource.Kind, entry.Kind);
            Assert.Equal(resource.Singular, entry.SingularName);
            Assert.Equal(resource.Namespaced, entry.Namespaced);
            Assert.Equal(resource.Verbs.Order(StringComparer.Ordinal), entry.Verbs);
            Assert.Equal(resource.Subresources.Count, list.Resources.Count(r => r.Name.StartsWith(resource.Plural + "/", StringComparison.Ordinal)));
        }

        var served = Documents.ApiGroups.Groups.SelectMany(g => g.Versions).Select(v => v.GroupVersion).Append("v1");
        var total = served.Sum(gv =>
        {
            var gvk = GroupVersionKind.FromApiVersion(gv, "");
            return Documents.FindResourceList(gvk.Group, gvk.Version)!.Resources.Count(r => !r.Name.Contains('/', StringComparison.Ordinal));
        });
        Assert.Equal(Scheme.Default.All.Count, total);
    }

    [Theory]
    [InlineData("", "pods", "po")]
    [InlineData("", "services", "svc")]
    [InlineData("", "namespaces", "ns")]
    [InlineData("", "nodes", "no")]
    [InlineData("", "configmaps", "cm")]
    [InlineData("", "endpoints", "ep")]
    [InlineData("", "events", "ev")]
    [InlineData("", "limitranges", "limits")]
    [InlineData("", "persistentvolumeclaims", "pvc")]
    [InlineData("", "persistentvolumes", "pv")]
    [InlineData("", "replicationcontrollers", "rc")]
    [InlineData("", "resourcequotas", "quota")]
    [InlineData("", "serviceaccounts", "sa")]
    [InlineData("apps", "deployments", "deploy")]
    [InlineData("apps", "replicasets", "rs")]
    [InlineData("apps", "daemonsets", "ds")]
    [InlineData("apps", "statefulsets", "sts")]
    [InlineData("batch", "cronjobs", "cj")]
    [InlineData("autoscaling", "horizontalpodautoscalers", "hpa")]
    [InlineData("policy", "poddisruptionbudgets", "pdb")]
    [InlineData("networking.k8s.io", "ingresses", "ing")]
    [InlineData("networking.k8s.io", "networkpolicies", "netpol")]
    [InlineData("storage.k8s.io", "storageclasses", "sc")]
    [InlineData("scheduling.k8s.io", "priorityclasses", "pc")]
    [InlineData("events.k8s.io", "events", "ev")]
    [InlineData("apiextensions.k8s.io", "customresourcedefinitions", "crd,crds")]
    public void ShortNames_AreUpstreams(string group, string resource, string shortNames)
    {
        var version = Documents.FindGroup(group)?.PreferredVersion?.Version ?? "v1";
        var entry = Documents.FindResourceList(group, version)!.Resources.Single(r => r.Name == resource);
        Assert.Equal(shortNames.Split(','), entry.ShortNames);
    }

    [Fact]
    public void CategoryAll_CoversExactlyUpstreamsWorkloadSet()
    {
        var all = Scheme.Default.All
            .SelectMany(r => Documents.FindResourceList(r.Group, r.Version)!.Resources.Where(e => e.Name == r.Plural))
            .Where(e => e.Categories?.Contains("all") == true)
            .Select(e => e.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        string[] expected =
        [
            "cronjobs", "daemonsets", "deployments", "horizontalpodautoscalers", "jobs", "pods", "replicasets",
            "replicationcontrollers", "services", "statefulsets",
        ];
        Assert.Equal(expected, all);
    }

    [Theory]
    [InlineData("", "v1", "pods/status", null, null, "Pod", "get,patch,update")]
    [InlineData("", "v1", "pods/log", null, null, "Pod", "get")]
    [InlineData("", "v1", "pods/eviction", "policy", "v1", "Eviction", "create")]
    [InlineData("", "v1", "pods/binding", null, null, "Binding", "create")]
    [InlineData("", "v1", "pods/exec", null, null, "PodExecOptions", "create,get")]
    [InlineData("", "v1", "pods/attach", null, null, "PodAttachOptions", "create,get")]
    [InlineData("", "v1", "pods/portforward", null, null, "PodPortForwardOptions", "create,get")]
    [InlineData("", "v1", "pods/proxy", null, null, "PodProxyOptions", "create,delete,get,patch,update")]
    [InlineData("", "v1", "pods/ephemeralcontainers", null, null, "Pod", "get,patch,update")]
    [InlineData("", "v1", "nodes/proxy", null, null, "NodeProxyOptions", "create,delete,get,patch,update")]
    [InlineData("", "v1", "services/proxy", null, null, "ServiceProxyOptions", "create,delete,get,patch,update")]
    [InlineData("", "v1", "namespaces/finalize", null, null, "Namespace", "update")]
    [InlineData("", "v1", "namespaces/status", null, null, "Namespace", "get,patch,update")]
    [InlineData("", "v1", "serviceaccounts/token", "authentication.k8s.io", "v1", "TokenRequest", "create")]
    [InlineData("", "v1", "replicationcontrollers/scale", "autoscaling", "v1", "Scale", "get,patch,update")]
    [InlineData("apps", "v1", "deployments/scale", "autoscaling", "v1", "Scale", "get,patch,update")]
    [InlineData("apps", "v1", "statefulsets/scale", "autoscaling", "v1", "Scale", "get,patch,update")]
    [InlineData("apps", "v1", "deployments/status", null, null, "Deployment", "get,patch,update")]
    [InlineData("autoscaling", "v2", "horizontalpodautoscalers/status", null, null, "HorizontalPodAutoscaler", "get,patch,update")]
    [InlineData("apiextensions.k8s.io", "v1", "customresourcedefinitions/status", null, null, "CustomResourceDefinition", "get,patch,update")]
    public void Subresource_HasUpstreamKindAndVerbs(string group, string version, string name, string? kindGroup, string? kindVersion, string kind, string verbs)
    {
        var entry = Documents.FindResourceList(group, version)!.Resources.Single(r => r.Name == name);
        Assert.Equal(kindGroup, entry.Group);
        Assert.Equal(kindVersion, entry.Version);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(verbs.Split(','), entry.Verbs);
        Assert.Equal("", entry.SingularName);
        Assert.Null(entry.StorageVersionHash);
        Assert.Null(entry.ShortNames);
    }

    [Fact]
    public void Subresource_Unknown_FailsLoudlyAtBuild()
    {
        var pod = Scheme.Default.FindResource("", "v1", "pods")!;
        var odd = pod with { Subresources = ["status", "frobnicate"] };
        var error = Assert.Throws<InvalidOperationException>(() => new DiscoveryDocuments([odd], "h:1"));
        Assert.Contains("pods/frobnicate", error.Message);
    }
}
