using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Authentication.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Authentication.V1;

public class AuthenticationJsonTests
{
    private const string TokenReviewJson = """
        {
          "kind": "TokenReview",
          "apiVersion": "authentication.k8s.io/v1",
          "metadata": { "creationTimestamp": null },
          "spec": { "token": "eyJhbGciOi...", "audiences": [ "https://kubernetes.default.svc" ] },
          "status": {
            "authenticated": true,
            "user": {
              "username": "system:serviceaccount:ci:builder",
              "uid": "4b8f1f9e-9a3c-4b7e-8a56-2d1c1c7a9e11",
              "groups": [ "system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated" ],
              "extra": { "authentication.kubernetes.io/pod-name": [ "builder-0" ] }
            },
            "audiences": [ "https://kubernetes.default.svc" ]
          }
        }
        """;

    [Fact]
    public void RoundTrip_TokenReview_IsSemanticallyEqual()
    {
        var review = KubeJson.Deserialize<TokenReview>(Encoding.UTF8.GetBytes(TokenReviewJson));
        var expected = JsonNode.Parse(TokenReviewJson)!;

        Assert.Equal(["builder-0"], review.Status.User.Extra!["authentication.kubernetes.io/pod-name"]);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(KubeJson.Serialize(review))));
    }

    [Fact]
    public void Serialize_TokenRequest_AlwaysWritesAudiencesTokenAndExpiration()
    {
        var request = new TokenRequest { Spec = { ExpirationSeconds = 3600 } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(request));

        Assert.Equal(
            """{"metadata":{"creationTimestamp":null},"spec":{"audiences":[],"expirationSeconds":3600},"status":{"token":"","expirationTimestamp":null}}""",
            json);
    }

    [Fact]
    public void Deserialize_TokenRequestWithBoundPod_ReadsReference()
    {
        var request = KubeJson.Deserialize<TokenRequest>(
            """{"spec":{"audiences":["vault"],"boundObjectRef":{"kind":"Pod","apiVersion":"v1","name":"p","uid":"u-1"}}}"""u8);

        Assert.Equal("Pod", request.Spec.BoundObjectRef!.Kind);
        Assert.Equal("u-1", request.Spec.BoundObjectRef.Uid);
        Assert.Null(Scheme.Default.Find(typeof(TokenRequest)));
    }

    [Theory]
    [InlineData("tokenreviews", typeof(TokenReview))]
    [InlineData("selfsubjectreviews", typeof(SelfSubjectReview))]
    public void Scheme_ReviewKind_IsClusterScopedCreateOnly(string plural, Type type)
    {
        var info = Scheme.Default.FindResource("authentication.k8s.io", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.False(info.Namespaced);
        Assert.Equal(["create"], info.Verbs);
        Assert.Null(info.ListTypeInfo);
    }
}
