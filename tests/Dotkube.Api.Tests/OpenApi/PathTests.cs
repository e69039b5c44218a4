namespace Dotkube.Api.Tests.OpenApi;

public class PathTests
{
    [Theory]
    [InlineData("apis/apps/v1", "listAppsV1NamespacedDeployment", "list", "Deployment")]
    [InlineData("apis/apps/v1", "listAppsV1DeploymentForAllNamespaces", "list", "Deployment")]
    [InlineData("apis/apps/v1", "createAppsV1NamespacedDeployment", "post", "Deployment")]
    [InlineData("apis/apps/v1", "deleteAppsV1CollectionNamespacedDeployment", "deletecollection", "Deployment")]
    [InlineData("apis/apps/v1", "readAppsV1NamespacedDeployment", "get", "Deployment")]
    [InlineData("apis/apps/v1", "replaceAppsV1NamespacedDeployment", "put", "Deployment")]
    [InlineData("apis/apps/v1", "patchAppsV1NamespacedDeployment", "patch", "Deployment")]
    [InlineData("apis/apps/v1", "deleteAppsV1NamespacedDeployment", "delete", "Deployment")]
    [InlineData("apis/apps/v1", "patchAppsV1NamespacedDeploymentStatus", "patch", "Deployment")]
    [InlineData("apis/apps/v1", "patchAppsV1NamespacedDeploymentScale", "patch", "Scale")]
    [InlineData("apis/apps/v1", "watchAppsV1NamespacedDeploymentList", "watchlist", "Deployment")]
    [InlineData("apis/apps/v1", "watchAppsV1NamespacedDeployment", "watch", "Deployment")]
    [InlineData("api/v1", "listCoreV1NamespacedPod", "list", "Pod")]
    [InlineData("api/v1", "readCoreV1NamespacedPodLog", "get", "Pod")]
    [InlineData("api/v1", "connectCoreV1GetNamespacedPodExec", "connect", "PodExecOptions")]
    [InlineData("api/v1", "createCoreV1NamespacedPodEviction", "post", "Eviction")]
    [InlineData("api/v1", "createCoreV1NamespacedPodBinding", "post", "Binding")]
    [InlineData("api/v1", "createCoreV1NamespacedServiceAccountToken", "post", "TokenRequest")]
    [InlineData("api/v1", "replaceCoreV1NamespaceFinalize", "put", "Namespace")]
    [InlineData("api/v1", "listCoreV1Node", "list", "Node")]
    [InlineData("apis/rbac.authorization.k8s.io/v1", "deleteRbacAuthorizationV1CollectionClusterRole", "deletecollection", "ClusterRole")]
    [InlineData("apis/authentication.k8s.io/v1", "createAuthenticationV1TokenReview", "post", "TokenReview")]
    [InlineData("apis/authorization.k8s.io/v1", "createAuthorizationV1NamespacedLocalSubjectAccessReview", "post", "LocalSubjectAccessReview")]
    public void Operation_HasUpstreamIdActionAndKind(string gv, string operationId, string action, string kind)
    {
        var operation = Documents.Operation(gv, operationId);

        Assert.Equal(action, (string?)operation["x-kubernetes-action"]);
        Assert.Equal(kind, (string?)operation["x-kubernetes-group-version-kind"]!["kind"]);
    }

    [Fact]
    public void Patch_AcceptsEveryPatchContentType()
    {
        var body = Documents.Operation("apis/apps/v1", "patchAppsV1NamespacedDeployment")["requestBody"]!;

        Assert.Equal(
            ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"],
            body["content"]!.AsObject().Select(p => p.Key));
        Assert.True((bool?)body["required"]);
        Assert.Equal("#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch", (string?)body["content"]!["application/merge-patch+json"]!["schema"]!["$ref"]);
    }

    [Fact]
    public void List_ReturnsTheListKind_AndTakesListParameters()
    {
        var list = Documents.Operation("apis/apps/v1", "listAppsV1NamespacedDeployment");

        Assert.Equal("#/components/schemas/io.k8s.api.apps.v1.DeploymentList", (string?)list["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Contains("application/json;stream=watch", list["responses"]!["200"]!["content"]!.AsObject().Select(p => p.Key));
        var names = list["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToArray();
        Assert.Contains("labelSelector", names);
        Assert.Contains("watch", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void ItemPath_DeclaresNameNamespaceAndPretty()
    {
        var item = Documents.Get("apis/apps/v1")["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]!;

        Assert.Equal(["name", "namespace", "pretty"], item["parameters"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.True((bool?)item["parameters"]![0]!["required"]);
        Assert.Equal("path", (string?)item["parameters"]![0]!["in"]);
    }

    [Fact]
    public void Verbs_LimitTheOperations()
    {
        var services = Documents.Get("api/v1")["paths"]!["/api/v1/namespaces/{namespace}/services"]!.AsObject();
        var paths = Documents.Get("apis/authentication.k8s.io/v1")["paths"]!.AsObject();

        Assert.False(services.ContainsKey("delete"));
        Assert.Equal(["parameters", "post"], paths["/apis/authentication.k8s.io/v1/tokenreviews"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(paths, p => p.Key.Contains("/watch/", StringComparison.Ordinal));
    }

    [Fact]
    public void OperationIds_AreUniquePerDocument()
    {
        foreach (var gv in Dotkube.Api.OpenApi.OpenApiDocuments.Default.GroupVersions)
        {
            var ids = Documents.Operations(gv).Select(o => (string?)o["operationId"]).ToArray();

            Assert.Equal(ids.Length, ids.Distinct().Count());
        }
    }
}
