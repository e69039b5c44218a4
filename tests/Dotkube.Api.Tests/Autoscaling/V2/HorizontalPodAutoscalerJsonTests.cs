using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Autoscaling.V2;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Autoscaling.V2;

public class HorizontalPodAutoscalerJsonTests
{
    private const string HpaJson = """
        {
          "kind": "HorizontalPodAutoscaler",
          "apiVersion": "autoscaling/v2",
          "metadata": { "name": "web", "namespace": "default", "creationTimestamp": null },
          "spec": {
            "scaleTargetRef": { "kind": "Deployment", "name": "web", "apiVersion": "apps/v1" },
            "minReplicas": 2,
            "maxReplicas": 20,
            "metrics": [
              { "type": "Resource", "resource": { "name": "cpu", "target": { "type": "Utilization", "averageUtilization": 70 } } },
              { "type": "ContainerResource", "containerResource": { "name": "memory", "target": { "type": "AverageValue", "averageValue": "512Mi" }, "container": "app" } },
              { "type": "Pods", "pods": { "metric": { "name": "packets-per-second" }, "target": { "type": "AverageValue", "averageValue": "1k" } } },
              {
                "type": "Object",
                "object": {
                  "describedObject": { "kind": "Ingress", "name": "main-route", "apiVersion": "networking.k8s.io/v1" },
                  "target": { "type": "Value", "value": "10k" },
                  "metric": { "name": "requests-per-second" }
                }
              },
              {
                "type": "External",
                "external": {
                  "metric": { "name": "queue_messages_ready", "selector": { "matchLabels": { "queue": "worker_tasks" } } },
                  "target": { "type": "AverageValue", "averageValue": "30" }
                }
              }
            ],
            "behavior": {
              "scaleUp": {
                "stabilizationWindowSeconds": 0,
                "selectPolicy": "Max",
                "policies": [ { "type": "Percent", "value": 100, "periodSeconds": 15 }, { "type": "Pods", "value": 4, "periodSeconds": 15 } ]
              },
              "scaleDown": {
                "stabilizationWindowSeconds": 300,
                "selectPolicy": "Min",
                "policies": [ { "type": "Percent", "value": 10, "periodSeconds": 60 } ]
              }
            }
          },
          "status": {
            "observedGeneration": 4,
            "lastScaleTime": "2024-07-01T08:00:00Z",
            "currentReplicas": 3,
            "desiredReplicas": 4,
            "currentMetrics": [
              { "type": "Resource", "resource": { "name": "cpu", "current": { "averageValue": "350m", "averageUtilization": 82 } } },
              { "type": "ContainerResource", "containerResource": { "name": "memory", "current": { "averageValue": "400Mi" }, "container": "app" } },
              { "type": "Pods", "pods": { "metric": { "name": "packets-per-second" }, "current": { "averageValue": "900" } } },
              {
                "type": "Object",
                "object": {
                  "metric": { "name": "requests-per-second" },
                  "current": { "value": "12k" },
                  "describedObject": { "kind": "Ingress", "name": "main-route", "apiVersion": "networking.k8s.io/v1" }
                }
              },
              { "type": "External", "external": { "metric": { "name": "queue_messages_ready" }, "current": { "averageValue": "25" } } }
            ],
            "conditions": [
              { "type": "AbleToScale", "status": "True", "lastTransitionTime": "2024-07-01T07:00:00Z", "reason": "ReadyForNewScale", "message": "recommended size matches current size" },
              { "type": "ScalingLimited", "status": "False", "lastTransitionTime": "2024-07-01T07:00:00Z", "reason": "DesiredWithinRange" }
            ]
          }
        }
        """;

    [Fact]
    public void RoundTrip_HpaWithBehaviorAndEveryMetricSource_KeepsEveryField()
    {
        var hpa = KubeJson.Deserialize<HorizontalPodAutoscaler>(Encoding.UTF8.GetBytes(HpaJson));
        var actual = JsonNode.Parse(KubeJson.Serialize(hpa));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(HpaJson), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Deserialize_Hpa_ReadsMetricSourcesAndBehavior()
    {
        var hpa = KubeJson.Deserialize<HorizontalPodAutoscaler>(Encoding.UTF8.GetBytes(HpaJson));

        var metrics = hpa.Spec.Metrics!;
        Assert.Equal(70, metrics[0].Resource!.Target.AverageUtilization);
        Assert.Equal("app", metrics[1].ContainerResource!.Container);
        Assert.Equal("1k", metrics[2].Pods!.Target.AverageValue!.ToString());
        Assert.Equal("main-route", metrics[3].Object!.DescribedObject.Name);
        Assert.Equal("worker_tasks", metrics[4].External!.Metric.Selector!.MatchLabels!["queue"]);
        Assert.Equal(ScalingPolicySelect.Min, hpa.Spec.Behavior!.ScaleDown!.SelectPolicy);
        Assert.Equal(HPAScalingPolicyType.Pods, hpa.Spec.Behavior.ScaleUp!.Policies![1].Type);
    }

    [Fact]
    public void Serialize_EmptyStatus_WritesCurrentMetricsAndDesiredReplicas()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new HorizontalPodAutoscaler()))!;

        // currentMetrics and desiredReplicas have no omitempty upstream; currentReplicas does.
        Assert.Empty(json["status"]!["currentMetrics"]!.AsArray());
        Assert.Equal(0, (int)json["status"]!["desiredReplicas"]!);
        Assert.Null(json["status"]!["currentReplicas"]);
        Assert.Equal(0, (int)json["spec"]!["maxReplicas"]!);
    }
}
