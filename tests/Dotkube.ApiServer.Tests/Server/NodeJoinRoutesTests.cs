using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dotkube.ApiServer.Security;

namespace Dotkube.ApiServer.Tests.Server;

/// <summary>The k3s-style join routes on the API server's port: /cacerts in the open, node certificates for the join token only.</summary>
public sealed class NodeJoinRoutesTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task Cacerts_is_public_and_hashes_to_the_join_tokens_CA_hash()
    {
        using var anonymous = server.NewClient();

        var bytes = await anonymous.GetByteArrayAsync("/cacerts");

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.StartsWith("K10" + hash + "::server:", server.Server.Token.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_join_token_gets_a_node_client_certificate_that_authenticates_as_the_node()
    {
        using var joining = JoinClient(server.Server.Token.Value, "node-b", "10.1.2.3");

        var pem = await joining.GetStringAsync(NodeJoinRoutes.ClientKubeletPath);

        using var certificate = X509Certificate2.CreateFromPem(pem, pem);
        Assert.Equal("O=system:nodes, CN=system:node:node-b", certificate.Subject);
        using var asNode = server.NewClient(certificate);
        var review = await asNode.PostAsync("/apis/authentication.k8s.io/v1/selfsubjectreviews",
            new StringContent("""{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}""", MediaTypeHeaderValue.Parse("application/json")));
        Assert.Contains("\"username\":\"system:node:node-b\"", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_serving_certificate_names_the_node_localhost_and_its_IPs_and_chains_to_the_server_CA()
    {
        using var joining = JoinClient(server.Server.Token.Value, "node-b", "10.1.2.3");

        var pem = await joining.GetStringAsync(NodeJoinRoutes.ServingKubeletPath);

        using var certificate = X509Certificate2.CreateFromPem(pem, pem);
        Assert.Equal("CN=node-b", certificate.Subject);
        var names = new ServingNames(["node-b", "localhost"], [IPAddress.Parse("10.1.2.3"), IPAddress.Loopback]);
        Assert.True(names.CoveredBy(certificate));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(server.Server.Pki.ServerCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(certificate));
        Assert.Equal(server.Server.Pki.ClientCaPem.Trim(), (await joining.GetStringAsync(NodeJoinRoutes.ClientCaPath)).Trim());
    }

    [Fact]
    public async Task A_wrong_token_gets_401()
    {
        using var joining = JoinClient(server.Server.Token.Value + "x", "node-b", "10.1.2.3");

        using var response = await joining.GetAsync(NodeJoinRoutes.ClientKubeletPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_authenticated_user_gets_403()
    {
        using var admin = server.Server.Pki.Admin.ToCertificate();
        using var client = server.NewClient(admin);
        client.DefaultRequestHeaders.Add(NodeJoinRoutes.NodeNameHeader, "node-b");

        using var response = await client.GetAsync(NodeJoinRoutes.ClientKubeletPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "10.1.2.3")]
    [InlineData("Not_A_Name", "10.1.2.3")]
    [InlineData("node-b", "10.1.2.3,not-an-ip")]
    public async Task A_missing_or_bad_node_name_or_IP_gets_400(string? name, string ips)
    {
        using var joining = JoinClient(server.Server.Token.Value, name, ips);

        using var response = await joining.GetAsync(NodeJoinRoutes.ServingKubeletPath);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient JoinClient(string token, string? nodeName, string ips)
    {
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (nodeName is not null)
        {
            client.DefaultRequestHeaders.Add(NodeJoinRoutes.NodeNameHeader, nodeName);
        }

        client.DefaultRequestHeaders.Add(NodeJoinRoutes.NodeIpHeader, ips);
        return client;
    }
}
