using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Rbac.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Rbac.V1;

public class RbacJsonTests
{
    private const string ClusterRoleJson = """
        {
          "kind": "ClusterRole",
          "apiVersion": "rbac.authorization.k8s.io/v1",
          "metadata": { "name": "monitoring", "creationTimestamp": null, "labels": { "kubernetes.io/bootstrapping": "rbac-defaults" } },
          "rules": [
            { "verbs": [ "get", "list", "watch" ], "apiGroups": [ "" ], "resources": [ "pods", "pods/log" ] },
            { "verbs": [ "get" ], "apiGroups": [ "apps" ], "resources": [ "deployments" ], "resourceNames": [ "web" ] },
            { "verbs": [ "get" ], "nonResourceURLs": [ "/metrics", "/healthz/*" ] }
          ],
          "aggregationRule": {
            "clusterRoleSelectors": [
              { "matchLabels": { "rbac.example.com/aggregate-to-monitoring": "true" } },
              { "matchExpressions": [ { "key": "tier", "operator": "In", "values": [ "ops" ] } ] }
            ]
          }
        }
        """;

    private const string RoleBindingJson = """
        {
          "kind": "RoleBinding",
          "apiVersion": "rbac.authorization.k8s.io/v1",
          "metadata": { "name": "read-pods", "namespace": "dev", "creationTimestamp": null },
          "subjects": [
            { "kind": "User", "apiGroup": "rbac.authorization.k8s.io", "name": "jane" },
            { "kind": "ServiceAccount", "name": "builder", "namespace": "ci" },
            { "kind": "Group", "apiGroup": "rbac.authorization.k8s.io", "name": "system:authenticated" }
          ],
          "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view" }
        }
        """;

    [Fact]
    public void RoundTrip_ClusterRoleWithAggregationRule_IsSemanticallyEqual()
    {
        var role = KubeJson.Deserialize<ClusterRole>(Encoding.UTF8.GetBytes(ClusterRoleJson));

        Assert.Equal(2, role.AggregationRule!.ClusterRoleSelectors!.Count);
        Assert.Equal(["/metrics", "/healthz/*"], role.Rules[2].NonResourceURLs!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ClusterRoleJson), JsonNode.Parse(KubeJson.Serialize(role))));
    }

    [Fact]
    public void RoundTrip_RoleBinding_IsSemanticallyEqual()
    {
        var binding = KubeJson.Deserialize<RoleBinding>(Encoding.UTF8.GetBytes(RoleBindingJson));

        Assert.Equal(SubjectKinds.ServiceAccount, binding.Subjects![1].Kind);
        Assert.Equal("view", binding.RoleRef.Name);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RoleBindingJson), JsonNode.Parse(KubeJson.Serialize(binding))));
    }

    [Fact]
    public void Serialize_EmptyRoleAndRule_WritesRulesAndVerbs()
    {
        var role = new Role { Rules = [new PolicyRule()] };

        var json = Encoding.UTF8.GetString(KubeJson.Serialize(role));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"rules":[{"verbs":[]}]}""", json);
    }

    [Fact]
    public void Serialize_BindingWithoutSubjects_OmitsSubjectsButWritesRoleRef()
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(new ClusterRoleBinding()));

        Assert.Equal("""{"metadata":{"creationTimestamp":null},"roleRef":{"apiGroup":"","kind":"","name":""}}""", json);
    }
}
