using Dotkube.Api.Apps.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Apps.V1;

public class AppsSchemeTests
{
    [Theory]
    [InlineData("Deployment", "deployments", typeof(Deployment), "deploy", true)]
    [InlineData("ReplicaSet", "replicasets", typeof(ReplicaSet), "rs", true)]
    [InlineData("StatefulSet", "statefulsets", typeof(StatefulSet), "sts", true)]
    [InlineData("DaemonSet", "daemonsets", typeof(DaemonSet), "ds", false)]
    public void Scheme_AppsWorkload_ResolvesByKindAndPlural(string kind, string plural, Type type, string shortName, bool scalable)
    {
        var byGvk = Scheme.Default.Find(new GroupVersionKind("apps", "v1", kind));
        var byPlural = Scheme.Default.FindResource("apps", "v1", plural);

        Assert.NotNull(byGvk);
        Assert.Same(byGvk, byPlural);
        Assert.Equal(type, byGvk.ClrType);
        Assert.Equal([shortName], byGvk.ShortNames);
        Assert.Equal(["all"], byGvk.Categories);
        Assert.Equal(scalable, byGvk.Subresources.Contains("scale"));
        Assert.Contains("status", byGvk.Subresources);
        Assert.NotNull(byGvk.ListTypeInfo);
    }

    [Fact]
    public void Scheme_ControllerRevision_IsNamespacedWithoutSubresources()
    {
        var info = Scheme.Default.FindResource("apps", "v1", "controllerrevisions");

        Assert.NotNull(info);
        Assert.Equal(typeof(ControllerRevision), info.ClrType);
        Assert.True(info.Namespaced);
        Assert.Empty(info.Subresources);
    }
}
