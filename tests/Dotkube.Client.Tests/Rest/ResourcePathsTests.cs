using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.Rest;

public sealed class ResourcePathsTests
{
    [Fact]
    public void Item_CoreNamespacedKind_UsesApiV1()
    {
        Assert.Equal("/api/v1/namespaces/default/pods/web/status", ResourcePaths.Item(ResourcePaths.Of<Pod>(), "default", "web", "status"));
    }

    [Fact]
    public void Item_GroupedKind_UsesApisGroupVersion()
    {
        Assert.Equal("/apis/apps/v1/namespaces/ns/deployments/d", ResourcePaths.Item(ResourcePaths.Of<Deployment>(), "ns", "d"));
    }

    [Fact]
    public void Item_ClusterScopedKind_IgnoresNamespace()
    {
        Assert.Equal("/api/v1/nodes/n1", ResourcePaths.Item(ResourcePaths.Of<Node>(), "default", "n1"));
    }

    [Fact]
    public void Collection_NoNamespace_MeansAllNamespaces()
    {
        Assert.Equal("/api/v1/configmaps", ResourcePaths.Collection(ResourcePaths.Of<ConfigMap>(), null));
    }

    [Fact]
    public void Item_NamespacedKindWithoutNamespace_Throws()
    {
        Assert.Throws<ArgumentException>(() => ResourcePaths.Item(ResourcePaths.Of<ConfigMap>(), null, "x"));
    }

    [Fact]
    public void Item_Name_IsEscaped()
    {
        Assert.EndsWith("/configmaps/a%2Fb", ResourcePaths.Item(ResourcePaths.Of<ConfigMap>(), "n", "a/b"), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UnregisteredType_Throws()
    {
        Assert.Throws<ArgumentException>(() => ResourcePaths.Of<PartialObjectMetadata>());
    }

    [Fact]
    public void QueryString_ListOptions_AreEscapedAndUnsetOnesLeftOut()
    {
        var query = QueryString.For(new ListOptions { LabelSelector = "app in (a,b)", Limit = 5, AllowWatchBookmarks = true }, watch: true);

        Assert.Equal("?watch=true&labelSelector=app%20in%20%28a%2Cb%29&limit=5&allowWatchBookmarks=true", query);
        Assert.Equal("", QueryString.For((ListOptions?)null));
        Assert.Equal("?dryRun=All&fieldManager=me", QueryString.For(new CreateOptions { DryRun = true, FieldManager = "me" }));
    }
}
