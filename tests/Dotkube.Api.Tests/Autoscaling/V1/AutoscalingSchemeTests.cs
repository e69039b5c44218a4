using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Autoscaling.V1;

public class AutoscalingSchemeTests
{
    [Theory]
    [InlineData("v1", typeof(Dotkube.Api.Autoscaling.V1.HorizontalPodAutoscaler))]
    [InlineData("v2", typeof(Dotkube.Api.Autoscaling.V2.HorizontalPodAutoscaler))]
    public void Scheme_HpaVersion_ResolvesToItsOwnType(string version, Type type)
    {
        var byGvk = Scheme.Default.Find(new GroupVersionKind("autoscaling", version, "HorizontalPodAutoscaler"));

        Assert.NotNull(byGvk);
        Assert.Same(byGvk, Scheme.Default.FindResource("autoscaling", version, "horizontalpodautoscalers"));
        Assert.Same(byGvk, Scheme.Default.Find(type));
        Assert.Equal(type, byGvk.ClrType);
        Assert.Equal($"autoscaling/{version}", byGvk.ApiVersion);
        Assert.Equal(["hpa"], byGvk.ShortNames);
        Assert.Equal(["status"], byGvk.Subresources);
        Assert.NotNull(byGvk.ListTypeInfo);
    }

    [Fact]
    public void Scheme_Scale_IsNotAResource()
    {
        Assert.Null(Scheme.Default.Find(typeof(Dotkube.Api.Autoscaling.V1.Scale)));
        Assert.Null(Scheme.Default.Find(new GroupVersionKind("autoscaling", "v1", "Scale")));
    }
}
