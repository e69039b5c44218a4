using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Apps.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Apps.V1;

public class DeploymentJsonTests
{
    private const string DeploymentJson = """
        {
          "kind": "Deployment",
          "apiVersion": "apps/v1",
          "metadata": {
            "name": "web",
            "namespace": "default",
            "uid": "6b1f4c1e-2f4b-4a55-9a52-0f6f5f0e6a10",
            "resourceVersion": "1234",
            "generation": 3,
            "creationTimestamp": "2024-05-01T10:00:00Z",
            "labels": { "app": "web" },
            "annotations": { "deployment.kubernetes.io/revision": "2" }
          },
          "spec": {
            "replicas": 3,
            "selector": { "matchLabels": { "app": "web" } },
            "template": {
              "metadata": { "creationTimestamp": null, "labels": { "app": "web" } },
              "spec": {
                "containers": [
                  {
                    "name": "nginx",
                    "image": "nginx:1.27",
                    "ports": [ { "containerPort": 80, "protocol": "TCP" } ],
                    "resources": {}
                  }
                ]
              }
            },
            "strategy": {
              "type": "RollingUpdate",
              "rollingUpdate": { "maxUnavailable": "25%", "maxSurge": 1 }
            },
            "minReadySeconds": 5,
            "revisionHistoryLimit": 10,
            "progressDeadlineSeconds": 600
          },
          "status": {
            "observedGeneration": 3,
            "replicas": 3,
            "updatedReplicas": 3,
            "readyReplicas": 2,
            "availableReplicas": 2,
            "unavailableReplicas": 1,
            "conditions": [
              {
                "type": "Available",
                "status": "True",
                "lastUpdateTime": "2024-05-01T10:01:00Z",
                "lastTransitionTime": "2024-05-01T10:01:00Z",
                "reason": "MinimumReplicasAvailable",
                "message": "Deployment has minimum availability."
              },
              {
                "type": "Progressing",
                "status": "True",
                "lastUpdateTime": "2024-05-01T10:02:30Z",
                "lastTransitionTime": "2024-05-01T10:00:00Z",
                "reason": "NewReplicaSetAvailable",
                "message": "ReplicaSet \"web-7d9c\" has successfully progressed."
              }
            ],
            "collisionCount": 1
          }
        }
        """;

    [Fact]
    public void RoundTrip_DeploymentWithStatus_KeepsEveryField()
    {
        var deployment = KubeJson.Deserialize<Deployment>(Encoding.UTF8.GetBytes(DeploymentJson));
        var written = KubeJson.Serialize(deployment);

        var expected = JsonNode.Parse(DeploymentJson);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_Deployment_ReadsTypedValues()
    {
        var deployment = KubeJson.Deserialize<Deployment>(Encoding.UTF8.GetBytes(DeploymentJson));

        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal(DeploymentStrategyType.RollingUpdate, deployment.Spec.Strategy.Type);
        Assert.Equal("25%", deployment.Spec.Strategy.RollingUpdate!.MaxUnavailable!.Value.StringValue);
        Assert.Equal(1, deployment.Spec.Strategy.RollingUpdate.MaxSurge!.Value.IntValue);
        Assert.Equal("nginx", deployment.Spec.Template.Spec.Containers[0].Name);
        var progressing = deployment.Status.Conditions!.Single(c => c.Type == DeploymentConditionType.Progressing);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 2, 30, TimeSpan.Zero), progressing.LastUpdateTime);
    }

    [Fact]
    public void Serialize_EmptyDeployment_WritesNonPointerStructsAsEmptyObjects()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new Deployment()))!;

        // As upstream: strategy and template are non-pointer structs, so they are always present.
        Assert.NotNull(json["spec"]!["strategy"]);
        Assert.NotNull(json["spec"]!["template"]);
        Assert.Null(json["spec"]!["replicas"]);
        Assert.Null(json["status"]!["conditions"]);
    }

    [Fact]
    public void Strategy_CarriesUpstreamRetainKeysPatchStrategy()
    {
        var attribute = typeof(DeploymentSpec).GetProperty(nameof(DeploymentSpec.Strategy))!
            .GetCustomAttributes(typeof(Dotkube.Api.Schema.PatchStrategyAttribute), false)
            .Cast<Dotkube.Api.Schema.PatchStrategyAttribute>()
            .Single();

        Assert.Equal("retainKeys", attribute.Strategy);
    }
}
