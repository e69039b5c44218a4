using Dotkube.Api.Core.V1;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Tests.Core.V1;

public class ClusterSchemeTests
{
    [Theory]
    [InlineData("nodes", typeof(Node), "node", false, "no")]
    [InlineData("namespaces", typeof(Namespace), "namespace", false, "ns")]
    [InlineData("services", typeof(Service), "service", true, "svc")]
    [InlineData("endpoints", typeof(Endpoints), "endpoints", true, "ep")]
    [InlineData("configmaps", typeof(ConfigMap), "configmap", true, "cm")]
    [InlineData("secrets", typeof(Secret), "secret", true, null)]
    [InlineData("serviceaccounts", typeof(ServiceAccount), "serviceaccount", true, "sa")]
    [InlineData("events", typeof(Event), "event", true, "ev")]
    [InlineData("persistentvolumes", typeof(PersistentVolume), "persistentvolume", false, "pv")]
    [InlineData("persistentvolumeclaims", typeof(PersistentVolumeClaim), "persistentvolumeclaim", true, "pvc")]
    [InlineData("resourcequotas", typeof(ResourceQuota), "resourcequota", true, "quota")]
    [InlineData("limitranges", typeof(LimitRange), "limitrange", true, "limits")]
    public void FindResource_CorePlural_DescribesKind(string plural, Type type, string singular, bool namespaced, string? shortName)
    {
        var info = Scheme.Default.FindResource("", "v1", plural);

        Assert.NotNull(info);
        Assert.Equal(type, info.ClrType);
        Assert.Equal(type.Name, info.Kind);
        Assert.Equal("v1", info.ApiVersion);
        Assert.Equal(singular, info.Singular);
        Assert.Equal(namespaced, info.Namespaced);
        Assert.Equal(shortName is null ? [] : new[] { shortName }, info.ShortNames);
        Assert.NotNull(info.ListTypeInfo);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("namespaces")]
    public void FindResource_ServicesAndNamespaces_HaveNoDeleteCollection(string plural)
    {
        var info = Scheme.Default.FindResource("", "v1", plural)!;

        Assert.Equal(["create", "delete", "get", "list", "patch", "update", "watch"], info.Verbs);
    }

    [Theory]
    [InlineData("nodes", new[] { "status", "proxy" })]
    [InlineData("namespaces", new[] { "status", "finalize" })]
    [InlineData("services", new[] { "status", "proxy" })]
    [InlineData("serviceaccounts", new[] { "token" })]
    [InlineData("persistentvolumes", new[] { "status" })]
    [InlineData("persistentvolumeclaims", new[] { "status" })]
    [InlineData("resourcequotas", new[] { "status" })]
    [InlineData("configmaps", new string[0])]
    public void FindResource_CorePlural_ListsSubresources(string plural, string[] subresources)
    {
        Assert.Equal(subresources, Scheme.Default.FindResource("", "v1", plural)!.Subresources);
    }

    [Fact]
    public void FindResource_Services_IsInCategoryAll()
    {
        Assert.Equal(["all"], Scheme.Default.FindResource("", "v1", "services")!.Categories);
    }
}
