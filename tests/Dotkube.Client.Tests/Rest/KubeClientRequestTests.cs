using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;

namespace Dotkube.Client.Tests.Rest;

/// <summary>What goes on the wire, checked against a recording transport.</summary>
public sealed class KubeClientRequestTests
{
    private static (KubeClient Client, RecordingHandler Handler) Client(string body = """{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"c"}}""",
        HttpStatusCode status = HttpStatusCode.OK)
    {
        var handler = new RecordingHandler(status, body);
        var options = new ClientOptions { Server = new Uri("https://k:6443"), BearerToken = "tok", UserAgent = "tests/1.0", Namespace = "team" };
        return (new KubeClient(options, handler), handler);
    }

    [Fact]
    public async Task Create_SendsJsonWithTypeMetaBearerAndUserAgent()
    {
        var (client, handler) = Client();
        using (client)
        {
            await client.CreateAsync(new ConfigMap { Metadata = new() { Name = "c" } }, new CreateOptions { FieldManager = "fm" });
        }

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://k:6443/api/v1/namespaces/team/configmaps?fieldManager=fm", request.RequestUri!.ToString());
        Assert.Equal("Bearer tok", request.Headers.Authorization!.ToString());
        Assert.Equal("tests/1.0", request.Headers.UserAgent.ToString());
        Assert.Equal("application/json", request.Headers.Accept.Single().MediaType);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Contains("\"apiVersion\":\"v1\"", body, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"ConfigMap\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpVersion.Version20, request.Version);
    }

    [Theory]
    [InlineData(PatchType.Json, "application/json-patch+json")]
    [InlineData(PatchType.Merge, "application/merge-patch+json")]
    [InlineData(PatchType.StrategicMerge, "application/strategic-merge-patch+json")]
    public async Task Patch_SendsTheContentTypeOfItsType(PatchType type, string contentType)
    {
        var (client, handler) = Client();
        using (client)
        {
            await client.Resource<ConfigMap>().InNamespace("n").PatchAsync("c", type, "{}", subresource: "status");
        }

        var (request, _) = Assert.Single(handler.Requests);
        Assert.Equal(contentType, request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("/api/v1/namespaces/n/configmaps/c/status", request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Delete_StatusAnswer_IsReturnedAsStatus()
    {
        var (client, _) = Client("""{"kind":"Status","apiVersion":"v1","status":"Success","details":{"name":"c"}}""");
        using (client)
        {
            var result = await client.DeleteAsync<ConfigMap>("n", "c");
            Assert.Null(result.Object);
            Assert.Equal("Success", result.Status!.Outcome);
        }
    }

    [Fact]
    public async Task Get_ErrorAnswer_ThrowsApiStatusException()
    {
        var (client, _) = Client("""{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403,"message":"no"}""",
            HttpStatusCode.Forbidden);
        using (client)
        {
            var e = await Assert.ThrowsAsync<ApiStatusException>(() => client.GetAsync<ConfigMap>("n", "c"));
            Assert.True(e.IsForbidden);
            Assert.Equal("no", e.Message);
        }
    }

    [Fact]
    public void Construction_InsecureWithCa_IsRejected()
    {
        var options = new ClientOptions { Server = new Uri("https://k"), InsecureSkipTlsVerify = true, CertificateAuthorityPem = "x" };
        Assert.Throws<ArgumentException>(() => new KubeClient(options));
    }
}
