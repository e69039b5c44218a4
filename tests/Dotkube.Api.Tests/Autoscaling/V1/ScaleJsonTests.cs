using System.Text.Json.Nodes;
using Dotkube.Api.Autoscaling.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Autoscaling.V1;

public class ScaleJsonTests
{
    [Fact]
    public void RoundTrip_Scale_KeepsSpecStatusAndSelector()
    {
        const string json = """
            {"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"web","namespace":"default","resourceVersion":"42","creationTimestamp":null},"spec":{"replicas":5},"status":{"replicas":3,"selector":"app=web"}}
            """;

        var scale = KubeJson.Deserialize<Scale>(System.Text.Encoding.UTF8.GetBytes(json));
        var actual = JsonNode.Parse(KubeJson.Serialize(scale));

        Assert.Equal(5, scale.Spec.Replicas);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), actual), $"re-encoded JSON differs:\n{actual}");
    }

    [Fact]
    public void Serialize_ZeroStatusReplicas_IsWritten()
    {
        var json = JsonNode.Parse(KubeJson.Serialize(new Scale()))!;

        Assert.Equal(0, (int)json["status"]!["replicas"]!);
        Assert.Null(json["spec"]!["replicas"]);
    }

    [Fact]
    public void RoundTrip_V1Hpa_KeepsTargetCpu()
    {
        const string json = """
            {"kind":"HorizontalPodAutoscaler","apiVersion":"autoscaling/v1","metadata":{"name":"web","creationTimestamp":null},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"web","apiVersion":"apps/v1"},"minReplicas":1,"maxReplicas":10,"targetCPUUtilizationPercentage":80},"status":{"currentReplicas":2,"desiredReplicas":3,"currentCPUUtilizationPercentage":91}}
            """;

        var hpa = KubeJson.Deserialize<HorizontalPodAutoscaler>(System.Text.Encoding.UTF8.GetBytes(json));
        var actual = JsonNode.Parse(KubeJson.Serialize(hpa));

        Assert.Equal(80, hpa.Spec.TargetCPUUtilizationPercentage);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), actual), $"re-encoded JSON differs:\n{actual}");
    }
}
