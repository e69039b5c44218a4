using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Policy.V1;

public class PodDisruptionBudgetJsonTests
{
    private const string PdbJson = """
        {
          "kind": "PodDisruptionBudget",
          "apiVersion": "policy/v1",
          "metadata": { "name": "web-pdb", "namespace": "default", "generation": 1, "creationTimestamp": null },
          "spec": {
            "minAvailable": "60%",
            "selector": { "matchExpressions": [ { "key": "app", "operator": "In", "values": [ "web" ] } ] },
            "unhealthyPodEvictionPolicy": "AlwaysAllow"
          },
          "status": {
            "observedGeneration": 1,
            "disruptedPods": { "web-7d9c-abcde": "2024-08-01T09:30:00Z" },
            "disruptionsAllowed": 1,
            "currentHealthy": 4,
            "desiredHealthy": 3,
            "expectedPods": 5,
            "conditions": [
              {
                "type": "DisruptionAllowed",
                "status": "True",
                "observedGeneration": 1,
                "lastTransitionTime": "2024-08-01T09:00:00Z",
                "reason": "SufficientPods",
                "message": ""
              }
            ]
          }
        }
        """;

    [Fact]
    public void RoundTrip_Pdb_KeepsEveryField()
    {
        var pdb = KubeJson.Deserialize<PodDisruptionBudget>(Encoding.UTF8.GetBytes(PdbJson));
        var actual = JsonNode.Parse(KubeJson.Serialize(pdb));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(PdbJson), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_Pdb_ReadsPercentAndDisruptedPodTimes()
    {
        var pdb = KubeJson.Deserialize<PodDisruptionBudget>(Encoding.UTF8.GetBytes(PdbJson));

        Assert.Equal("60%", pdb.Spec.MinAvailable!.Value.StringValue);
        Assert.Null(pdb.Spec.MaxUnavailable);
        Assert.Equal(new DateTimeOffset(2024, 8, 1, 9, 30, 0, TimeSpan.Zero), pdb.Status.DisruptedPods!["web-7d9c-abcde"]);
        Assert.Equal(DisruptionBudgetConditions.DisruptionAllowed, pdb.Status.Conditions![0].Type);
    }

    [Fact]
    public void Scheme_Pdb_ResolvesByKindAndPlural()
    {
        var info = Scheme.Default.Find(new GroupVersionKind("policy", "v1", "PodDisruptionBudget"));

        Assert.NotNull(info);
        Assert.Same(info, Scheme.Default.FindResource("policy", "v1", "poddisruptionbudgets"));
        Assert.Equal(["pdb"], info.ShortNames);
        Assert.Empty(info.Categories);
        Assert.Null(Scheme.Default.Find(typeof(Eviction)));
    }

    [Fact]
    public void RoundTrip_Eviction_KeepsDeleteOptions()
    {
        const string json = """
            {"kind":"Eviction","apiVersion":"policy/v1","metadata":{"name":"web-7d9c-abcde","namespace":"default","creationTimestamp":null},"deleteOptions":{"gracePeriodSeconds":30,"preconditions":{"uid":"u-1"}}}
            """;

        var eviction = KubeJson.Deserialize<Eviction>(Encoding.UTF8.GetBytes(json));
        var actual = JsonNode.Parse(KubeJson.Serialize(eviction));

        Assert.Equal(30, eviction.DeleteOptions!.GracePeriodSeconds);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), actual), $"re-encoded JSON differs:\n{actual}");
    }
}
