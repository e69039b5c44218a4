using System.Text;
using System.Text.Json;
using Dotkube.Api.Schema;
using Dotkube.ApiServer.Discovery;

namespace Dotkube.ApiServer.Tests.Discovery;

public sealed class AggregatedDiscoveryTests
{
    private static readonly DiscoveryDocuments Documents = DiscoveryDocuments.FromScheme("10.0.0.1:6443");

    private static string Json(DiscoveryRoot root, AggregatedDiscoveryVersion version = AggregatedDiscoveryVersion.V2) =>
        Encoding.UTF8.GetString(Documents.GetAggregated(root, version).Json.Span);

    [Fact]
    public void Api_HoldsOnlyTheCoreGroup_WithUpstreamsEnvelope()
    {
        Assert.StartsWith(
            """{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1","resources":[""",
            Json(DiscoveryRoot.Api));
        var group = Assert.Single(Documents.AggregatedApi.Items);
        Assert.Null(group.Metadata.Name);
        Assert.Equal("v1", Assert.Single(group.Versions!).Version);
    }

    [Fact]
    public void Api_PodsEntry_NestsSubresourcesWithResponseKinds()
    {
        Assert.Contains(
            """{"resource":"pods","responseKind":{"group":"","version":"","kind":"Pod"},"scope":"Namespaced","singularResource":"pod","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"],"subresources":[{"subresource":"attach","responseKind":{"group":"","version":"","kind":"PodAttachOptions"},"verbs":["create","get"]},{"subresource":"binding","responseKind":{"group":"","version":"","kind":"Binding"},"verbs":["create"]},{"subresource":"ephemeralcontainers","responseKind":{"group":"","version":"","kind":"Pod"},"verbs":["get","patch","update"]},{"subresource":"eviction","responseKind":{"group":"policy","version":"v1","kind":"Eviction"},"verbs":["create"]},""",
            Json(DiscoveryRoot.Api));
    }

    [Fact]
    public void Apis_ListsGroupsInLegacyOrder_PreferredVersionFirst()
    {
        Assert.Equal(Documents.ApiGroups.Groups.Select(g => g.Name), Documents.AggregatedApis.Items.Select(g => g.Metadata.Name));
        var autoscaling = Documents.AggregatedApis.Items.Single(g => g.Metadata.Name == "autoscaling");
        Assert.Equal(["v2", "v1"], autoscaling.Versions!.Select(v => v.Version));
        Assert.Contains("""{"metadata":{"name":"apps","creationTimestamp":null},"versions":[{"version":"v1","resources":[""", Json(DiscoveryRoot.Apis));
    }

    [Fact]
    public void Apis_DeploymentScale_AnswersWithAutoscalingV1Scale()
    {
        var deployments = Documents.AggregatedApis.Items.Single(g => g.Metadata.Name == "apps").Versions!.Single()
            .Resources!.Single(r => r.Resource == "deployments");
        var scale = deployments.Subresources!.Single(s => s.Subresource == "scale");
        Assert.Equal(("autoscaling", "v1", "Scale"), (scale.ResponseKind!.Group, scale.ResponseKind.Version, scale.ResponseKind.Kind));
        Assert.Equal(["get", "patch", "update"], scale.Verbs);
        Assert.Null(scale.AcceptedTypes);
        Assert.Equal(APIResourceDiscovery.ScopeNamespace, deployments.Scope);
        Assert.Equal("deployment", deployments.SingularResource);
    }

    [Fact]
    public void Aggregated_CarriesEveryLegacyEntry_AndIsCurrent()
    {
        foreach (var resource in Scheme.Default.All)
        {
            var root = resource.Group.Length == 0 ? Documents.AggregatedApi : Documents.AggregatedApis;
            var version = root.Items.Single(g => (g.Metadata.Name ?? "") == resource.Group).Versions!.Single(v => v.Version == resource.Version);
            Assert.Equal(APIVersionDiscovery.FreshnessCurrent, version.Freshness);
            var entry = Assert.Single(version.Resources!, r => r.Resource == resource.Plural);
            Assert.Equal(resource.Kind, entry.ResponseKind!.Kind);
            Assert.Equal(resource.Namespaced ? APIResourceDiscovery.ScopeNamespace : APIResourceDiscovery.ScopeCluster, entry.Scope);
            Assert.Equal(resource.Subresources.Order(StringComparer.Ordinal), (entry.Subresources ?? []).Select(s => s.Subresource));
        }
    }

    [Theory]
    [InlineData(DiscoveryRoot.Api)]
    [InlineData(DiscoveryRoot.Apis)]
    public void Aggregated_RoundTripsThroughTheJsonContext(DiscoveryRoot root)
    {
        var bytes = Documents.GetAggregated(root, AggregatedDiscoveryVersion.V2).Json;
        var parsed = JsonSerializer.Deserialize(bytes.Span, DiscoveryJsonContext.Default.APIGroupDiscoveryList)!;
        Assert.Equal("APIGroupDiscoveryList", parsed.Kind);
        Assert.Equal(bytes.ToArray(), DiscoveryDocuments.Serialize(parsed));
    }

    [Theory]
    [InlineData(DiscoveryRoot.Api)]
    [InlineData(DiscoveryRoot.Apis)]
    public void V2Beta1_IsTheSameDocumentUnderAnotherApiVersion(DiscoveryRoot root)
    {
        var v2 = Documents.GetAggregated(root, AggregatedDiscoveryVersion.V2);
        var v2beta1 = Documents.GetAggregated(root, AggregatedDiscoveryVersion.V2Beta1);
        Assert.Equal(
            Json(root).Replace("apidiscovery.k8s.io/v2\"", "apidiscovery.k8s.io/v2beta1\"", StringComparison.Ordinal),
            Json(root, AggregatedDiscoveryVersion.V2Beta1));
        Assert.Equal(v2.ETag, v2beta1.ETag);
        Assert.Equal(DiscoveryMediaTypes.V2Beta1ContentType, v2beta1.ContentType);
        Assert.Equal(DiscoveryMediaTypes.V2ContentType, v2.ContentType);
    }

    [Fact]
    public void ETag_IsQuotedUppercaseSha512Hex_AndStableAcrossBuilds()
    {
        var again = DiscoveryDocuments.FromScheme("192.168.1.9:443");
        var etag = Documents.GetAggregated(DiscoveryRoot.Apis, AggregatedDiscoveryVersion.V2).ETag;
        Assert.Matches("^\"[0-9A-F]{128}\"$", etag);
        Assert.Equal(etag, again.GetAggregated(DiscoveryRoot.Apis, AggregatedDiscoveryVersion.V2).ETag);
        Assert.Equal(
            Documents.GetAggregated(DiscoveryRoot.Api, AggregatedDiscoveryVersion.V2).ETag,
            again.GetAggregated(DiscoveryRoot.Api, AggregatedDiscoveryVersion.V2).ETag);
        Assert.NotEqual(etag, Documents.GetAggregated(DiscoveryRoot.Api, AggregatedDiscoveryVersion.V2).ETag);
    }

    [Fact]
    public void ETag_ChangesWhenTheServedKindsChange()
    {
        var fewer = new DiscoveryDocuments(Scheme.Default.All.Where(r => r.Plural != "leases"), "10.0.0.1:6443");
        Assert.NotEqual(
            Documents.GetAggregated(DiscoveryRoot.Apis, AggregatedDiscoveryVersion.V2).ETag,
            fewer.GetAggregated(DiscoveryRoot.Apis, AggregatedDiscoveryVersion.V2).ETag);
        Assert.Equal(
            Documents.GetAggregated(DiscoveryRoot.Api, AggregatedDiscoveryVersion.V2).ETag,
            fewer.GetAggregated(DiscoveryRoot.Api, AggregatedDiscoveryVersion.V2).ETag);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void IsNotModified_OnlyForTheExactQuotedTag(bool exact, bool weak)
    {
        var document = Documents.GetAggregated(DiscoveryRoot.Apis, AggregatedDiscoveryVersion.V2);
        var header = exact ? document.ETag : weak ? "W/" + document.ETag : document.ETag.Trim('"');
        Assert.Equal(exact, document.IsNotModified(header));
        Assert.False(document.IsNotModified(null));
    }
}
