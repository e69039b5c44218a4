using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dotkube.Api.OpenApi;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.OpenApi;

public class OpenApiDocumentsTests
{
    [Fact]
    public void GroupVersions_EverySchemeGroupVersion_HasDocument()
    {
        var expected = Scheme.Default.All
            .Select(r => r.Group.Length == 0 ? "api/" + r.Version : $"apis/{r.Group}/{r.Version}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, OpenApiDocuments.Default.GroupVersions.Order(StringComparer.Ordinal));
        Assert.Equal("api/v1", OpenApiDocuments.Default.GroupVersions[0]);
        Assert.All(OpenApiDocuments.Default.GroupVersions, gv => Assert.NotEmpty(OpenApiDocuments.Default.Get(gv)));
    }

    [Fact]
    public void Get_EveryDocument_HasUpstreamTopLevelShape()
    {
        foreach (var gv in OpenApiDocuments.Default.GroupVersions)
        {
            var doc = Documents.Get(gv);

            Assert.Equal(["components", "info", "openapi", "paths"], doc.Select(p => p.Key));
            Assert.Equal("3.0.0", (string?)doc["openapi"]);
            Assert.Equal("Kubernetes", (string?)doc["info"]!["title"]);
            Assert.Equal(KubeVersion.GitVersion, (string?)doc["info"]!["version"]);
        }
    }

    [Fact]
    public void Get_EveryDocument_EveryRefResolvesWithinIt()
    {
        foreach (var gv in OpenApiDocuments.Default.GroupVersions)
        {
            var doc = Documents.Get(gv);
            var schemas = doc["components"]!["schemas"]!.AsObject();
            var refs = Refs(doc).ToList();

            Assert.NotEmpty(refs);
            Assert.All(refs, r =>
            {
                Assert.StartsWith("#/components/schemas/", r);
                Assert.True(schemas.ContainsKey(r["#/components/schemas/".Length..]), $"{gv}: {r} does not resolve");
            });
        }
    }

    [Fact]
    public void Get_SameGroupVersionTwiceAndFromANewInstance_SameBytes()
    {
        var fresh = new OpenApiDocuments(Scheme.Default);

        foreach (var gv in OpenApiDocuments.Default.GroupVersions)
        {
            Assert.Same(OpenApiDocuments.Default.Get(gv), OpenApiDocuments.Default.Get(gv));
            Assert.Equal(OpenApiDocuments.Default.Get(gv), fresh.Get(gv));
            Assert.Equal(OpenApiDocuments.Default.Hash(gv), fresh.Hash(gv));
        }
    }

    [Fact]
    public void Hash_IsUpperCaseHexSha512OfTheDocument()
    {
        var bytes = OpenApiDocuments.Default.Get("apis/apps/v1");

        Assert.Equal(Convert.ToHexString(SHA512.HashData(bytes)), OpenApiDocuments.Default.Hash("apis/apps/v1"));
    }

    [Fact]
    public void Get_UnknownGroupVersion_Throws()
    {
        Assert.False(OpenApiDocuments.Default.Contains("apis/example.com/v1"));
        Assert.Throws<KeyNotFoundException>(() => OpenApiDocuments.Default.Get("apis/example.com/v1"));
    }

    [Fact]
    public void Index_ListsEveryDocumentWithItsHash()
    {
        var index = JsonNode.Parse(OpenApiDocuments.Default.Index("/openapi/v3"))!.AsObject();
        var paths = index["paths"]!.AsObject();

        Assert.Equal(OpenApiDocuments.Default.GroupVersions.Order(StringComparer.Ordinal), paths.Select(p => p.Key));
        Assert.Equal(
            "/openapi/v3/apis/apps/v1?hash=" + OpenApiDocuments.Default.Hash("apis/apps/v1"),
            (string?)paths["apis/apps/v1"]!["serverRelativeURL"]);
        Assert.Equal(
            "/openapi/v3/api/v1?hash=" + OpenApiDocuments.Default.Hash("api/v1"),
            (string?)paths["api/v1"]!["serverRelativeURL"]);
    }

    [Fact]
    public void Build_AllDocuments_TakesWellUnderAFewSeconds()
    {
        // The first build pays for JIT and metadata warm-up; the steady cost is what the server repeats per process.
        _ = new OpenApiDocuments(Scheme.Default).Get("api/v1");
        var fresh = new OpenApiDocuments(Scheme.Default);

        var stopwatch = Stopwatch.StartNew();
        foreach (var gv in fresh.GroupVersions)
        {
            _ = fresh.Get(gv);
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"building took {stopwatch.Elapsed}");
    }

    private static IEnumerable<string> Refs(JsonNode? node) => node switch
    {
        // JSONSchemaProps has a property named "$ref"; only a string value is a reference.
        JsonObject obj => obj.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue ? [(string)p.Value!] : Refs(p.Value)),
        JsonArray array => array.SelectMany(Refs),
        _ => [],
    };
}
