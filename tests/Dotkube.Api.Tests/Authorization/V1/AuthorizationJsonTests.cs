using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Authorization.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Authorization.V1;

public class AuthorizationJsonTests
{
    private const string AccessReviewJson = """
        {
          "kind": "SubjectAccessReview",
          "apiVersion": "authorization.k8s.io/v1",
          "metadata": {"creationTimestamp": null},
          "spec": {
            "resourceAttributes": {
              "namespace": "dev",
              "verb": "list",
              "group": "apps",
              "version": "v1",
              "resource": "deployments",
              "fieldSelector": { "requirements": [ { "key": "metadata.name", "operator": "In", "values": [ "web" ] } ] },
              "labelSelector": { "rawSelector": "app=web" }
            },
            "user": "jane",
            "groups": [ "dev" ],
            "extra": { "scopes": [ "a", "b" ] },
            "uid": "42"
          },
          "status": { "allowed": true, "reason": "RBAC: allowed by RoleBinding \"dev/edit\"" }
        }
        """;

    [Fact]
    public void RoundTrip_SubjectAccessReviewWithSelectors_IsSemanticallyEqual()
    {
        var review = KubeJson.Deserialize<SubjectAccessReview>(Encoding.UTF8.GetBytes(AccessReviewJson));

        Assert.Equal("metadata.name", review.Spec.ResourceAttributes!.FieldSelector!.Requirements![0].Key);
        Assert.Equal("app=web", review.Spec.ResourceAttributes.LabelSelector!.RawSelector);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AccessReviewJson), JsonNode.Parse(KubeJson.Serialize(review))));
    }

    [Fact]
    public void Serialize_RulesReviewStatus_AlwaysWritesRuleListsAndFlags()
    {
        var review = new SelfSubjectRulesReview { Spec = { Namespace = "dev" } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(review));

        Assert.Equal(
            """{"metadata":{"creationTimestamp":null},"spec":{"namespace":"dev"},"status":{"resourceRules":[],"nonResourceRules":[],"incomplete":false}}""",
            json);
    }

    [Fact]
    public void Serialize_SelfAccessReview_AlwaysWritesAllowed()
    {
        var review = new SelfSubjectAccessReview { Spec = { NonResourceAttributes = new() { Path = "/healthz", Verb = "get" } } };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(review));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"spec":{"nonResourceAttributes":{"path":"/healthz","verb":"get"}},"status":{"allowed":false}}""", json);
    }

    [Theory]
    [InlineData("subjectaccessreviews", typeof(SubjectAccessReview), false)]
    [InlineData("selfsubjectaccessreviews", typeof(SelfSubjectAccessReview), false)]
    [InlineData("localsubjectaccessreviews", typeof(LocalSubjectAccessReview), true)]
    [InlineData("selfsubjectrulesreviews", typeof(SelfSubjectRulesReview), false)]
    public void Scheme_ReviewKind_IsCreateOnly(string plural, Type type, bool namespaced)
    {
        var info = Scheme.Default.FindResource("authorization.k8s.io", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.Equal(namespaced, info.Namespaced);
        Assert.Equal(["create"], info.Verbs);
        Assert.Null(info.ListTypeInfo);
    }
}
