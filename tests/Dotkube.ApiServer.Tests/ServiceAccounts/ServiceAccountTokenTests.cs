using System.Buffers.Text;
using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.ServiceAccounts;

public sealed class ServiceAccountTokenTests(ServiceAccountClusterFixture cluster) : IClassFixture<ServiceAccountClusterFixture>
{
    private const string Issuer = "https://kubernetes.default.svc.cluster.local";

    [Fact]
    public async Task A_token_request_answers_a_signed_token_with_upstreams_claims()
    {
        var ns = await cluster.NamespaceAsync("robot");

        var (code, body) = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/robot/token", TokenRequest());

        Assert.Equal(201, code);
        Assert.Equal("TokenRequest", (string?)body!["kind"]);
        Assert.Equal([Issuer], body["spec"]!["audiences"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(3600, (long?)body["spec"]!["expirationSeconds"]);
        var claims = Payload((string)body["status"]!["token"]!);
        Assert.Equal(Issuer, (string?)claims["iss"]);
        Assert.Equal($"system:serviceaccount:{ns}:robot", (string?)claims["sub"]);
        Assert.Equal([Issuer], claims["aud"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(3600, (long)claims["exp"]! - (long)claims["iat"]!);
        Assert.Equal((long)claims["iat"]!, (long)claims["nbf"]!);
        Assert.False(string.IsNullOrEmpty((string?)claims["jti"]));
        Assert.Equal(ns, (string?)claims["kubernetes.io"]!["namespace"]);
        Assert.Equal("robot", (string?)claims["kubernetes.io"]!["serviceaccount"]!["name"]);
        var expires = DateTimeOffset.Parse((string)body["status"]!["expirationTimestamp"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((long)claims["exp"]!, expires.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_missing_service_account_is_404_and_a_lifetime_under_ten_minutes_is_invalid()
    {
        var ns = await cluster.NamespaceAsync("robot");

        var missing = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/nobody/token", TokenRequest());
        var tooShort = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/robot/token", TokenRequest(""" "expirationSeconds":599 """));

        Assert.Equal(404, missing.Code);
        Assert.Equal("serviceaccounts \"nobody\" not found", (string?)missing.Body!["message"]);
        Assert.Equal(422, tooShort.Code);
        Assert.Equal("TokenRequest.authentication.k8s.io \"\" is invalid: spec.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes",
            (string?)tooShort.Body!["message"]);
    }

    [Fact]
    public async Task A_token_authenticates_as_its_service_account_and_groups()
    {
        var ns = await cluster.NamespaceAsync("robot");
        var token = await TokenAsync(ns, "robot", TokenRequest());

        var pods = await cluster.GetAsync($"/api/v1/namespaces/{ns}/pods", token);
        var review = await cluster.PostAsync("/apis/authentication.k8s.io/v1/selfsubjectreviews",
            """{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}""", token);

        Assert.Equal(200, pods.Code);
        var user = review.Body!["status"]!["userInfo"]!;
        Assert.Equal($"system:serviceaccount:{ns}:robot", (string?)user["username"]);
        Assert.Equal(["system:serviceaccounts", $"system:serviceaccounts:{ns}", "system:authenticated"],
            user["groups"]!.AsArray().Select(g => (string?)g));
        Assert.Equal(401, (await cluster.GetAsync($"/api/v1/namespaces/{ns}/pods", token[..^2] + "xx")).Code);
    }

    [Fact]
    public async Task A_pod_bound_token_names_the_pod_lives_extended_and_dies_with_the_pod()
    {
        var ns = await cluster.NamespaceAsync("default");
        var pod = (await cluster.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", ""))).Body!;
        var uid = (string)pod["metadata"]!["uid"]!;
        var bound = $$""" "expirationSeconds":3607, "boundObjectRef":{"apiVersion":"v1","kind":"Pod","name":"p","uid":"{{uid}}"} """;

        var (code, body) = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/default/token", TokenRequest(bound));
        var wrongUid = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/default/token",
            TokenRequest(bound.Replace(uid, "other", StringComparison.Ordinal)));

        Assert.Equal(201, code);
        var token = (string)body!["status"]!["token"]!;
        var claims = Payload(token);
        Assert.Equal(("p", uid), ((string?)claims["kubernetes.io"]!["pod"]!["name"], (string?)claims["kubernetes.io"]!["pod"]!["uid"]));
        // As upstream's --service-account-extend-token-expiration: a year, warning after the 3607 s asked for.
        Assert.Equal(365L * 24 * 3600, (long)claims["exp"]! - (long)claims["iat"]!);
        Assert.Equal(3607, (long)claims["kubernetes.io"]!["warnafter"]! - (long)claims["iat"]!);
        Assert.Equal(409, wrongUid.Code);
        Assert.Equal(200, (await cluster.GetAsync($"/api/v1/namespaces/{ns}/pods", token)).Code);

        Assert.Equal(200, (await cluster.DeleteAsync($"/api/v1/namespaces/{ns}/pods/p?gracePeriodSeconds=0")).Code);
        Assert.Equal(401, (await cluster.GetAsync($"/api/v1/namespaces/{ns}/pods", token)).Code);
    }

    [Fact]
    public async Task A_pod_of_another_service_account_cannot_be_bound()
    {
        var ns = await cluster.NamespaceAsync("default", "robot");
        Assert.Equal(201, (await cluster.PostAsync($"/api/v1/namespaces/{ns}/pods", Pod("p", ""))).Code);

        var refused = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/robot/token",
            TokenRequest(""" "boundObjectRef":{"apiVersion":"v1","kind":"Pod","name":"p"} """));

        Assert.Equal(400, refused.Code);
        Assert.Equal("cannot bind token for serviceaccount \"robot\" to pod running with different serviceaccount name.", (string?)refused.Body!["message"]);
    }

    [Fact]
    public async Task Kubectl_create_token_gives_a_token_kubectl_can_use()
    {
        var ns = await cluster.NamespaceAsync("default");

        var created = await cluster.KubectlAsync(null, "create", "token", "default", "-n", ns, "--duration", "20m");
        Assert.True(created.Code == 0, created.Output);
        var token = created.Output.Trim();
        var pods = await cluster.KubectlAsync(token, "get", "pods", "-n", ns);
        var whoami = await cluster.KubectlAsync(token, "auth", "whoami", "-o", "jsonpath={.status.userInfo.username}");

        Assert.True(pods.Code == 0, pods.Output);
        Assert.Equal($"system:serviceaccount:{ns}:default", whoami.Output.Trim());
        Assert.Equal(1200, (long)Payload(token)["exp"]! - (long)Payload(token)["iat"]!);
    }

    internal static string Pod(string name, string specExtra) =>
        "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{" + specExtra
            + "\"containers\":[{\"name\":\"c\",\"image\":\"busybox\"}]}}";

    private static string TokenRequest(string spec = "") =>
        """{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{""" + spec + "}}";

    private async Task<string> TokenAsync(string ns, string name, string request)
    {
        var (code, body) = await cluster.PostAsync($"/api/v1/namespaces/{ns}/serviceaccounts/{name}/token", request);
        Assert.Equal(201, code);
        return (string)body!["status"]!["token"]!;
    }

    private static JsonNode Payload(string token) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!;
}
