using Dotkube.Api.Autoscaling.V2;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class AutoscalingV2DefaultsTests
{
    [Fact]
    public void Apply_HpaWithoutMetricsOrBehavior_DefaultsMinReplicasAndCpu80()
    {
        var hpa = Defaulted<HorizontalPodAutoscaler>("""{"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"maxReplicas":5}}""");

        Assert.Equal(1, hpa.Spec.MinReplicas);
        AssertJson("""[{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":80}}}]""", hpa.Spec.Metrics!);
        Assert.Null(hpa.Spec.Behavior);
    }

    [Fact]
    public void Apply_HpaWithPartialBehavior_FillsBothDirectionsFromBuiltInRules()
    {
        var hpa = Defaulted<HorizontalPodAutoscaler>("""
            {"spec":{"scaleTargetRef":{"kind":"Deployment","name":"d"},"maxReplicas":5,
             "metrics":[{"type":"Pods","pods":{"metric":{"name":"qps"},"target":{"type":"AverageValue","averageValue":"10"}}}],
             "behavior":{"scaleDown":{"stabilizationWindowSeconds":60}}}}
            """);

        Assert.Equal("Pods", Assert.Single(hpa.Spec.Metrics!).Type);
        AssertJson("""
            {"scaleUp":{"stabilizationWindowSeconds":0,"selectPolicy":"Max","policies":[{"type":"Pods","value":4,"periodSeconds":15},{"type":"Percent","value":100,"periodSeconds":15}]},
             "scaleDown":{"stabilizationWindowSeconds":60,"selectPolicy":"Max","policies":[{"type":"Percent","value":100,"periodSeconds":15}]}}
            """, hpa.Spec.Behavior!);
    }

    [Fact]
    public void Apply_HpaWithEmptyBehavior_LeavesScaleDownWindowUnset()
    {
        var hpa = Defaulted<HorizontalPodAutoscaler>("""{"spec":{"maxReplicas":2,"behavior":{"scaleUp":{"selectPolicy":"Disabled","policies":[]}}}}""");

        Assert.Equal(("Disabled", 0), (hpa.Spec.Behavior!.ScaleUp!.SelectPolicy!, hpa.Spec.Behavior.ScaleUp.Policies!.Count));
        Assert.Null(hpa.Spec.Behavior.ScaleDown!.StabilizationWindowSeconds);
    }
}
