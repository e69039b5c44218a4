using Dotkube.Api.Apps.V1;
using Dotkube.Api.Autoscaling.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.Schema;

public class SchemeTests
{
    [Fact]
    public void All_EveryKindHasTypeInfoAndListableKindsHaveListTypeInfo()
    {
        Assert.All(Scheme.Default.All, info =>
        {
            Assert.Equal(info.ClrType, info.TypeInfo.Type);
            Assert.Equal(info.HasVerb("list"), info.ListTypeInfo is not null);
        });
    }

    [Fact]
    public void All_ResourceNamesAreUniquePerGroupVersion()
    {
        var duplicates = Scheme.Default.All.GroupBy(r => (r.Group, r.Version, r.Plural)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void All_ShortNamesAreUniqueAcrossGroupsExceptEventsAndHpaVersions()
    {
        // Upstream shares "ev" (core and events.k8s.io) and "hpa" (autoscaling v1 and v2) across versions of one concept.
        var clashes = Scheme.Default.All.SelectMany(r => r.ShortNames.Select(s => (Short: s, r.Plural)))
            .GroupBy(x => x.Short).Where(g => g.Select(x => x.Plural).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData(typeof(Deployment), "apps/v1", "Deployment")]
    [InlineData(typeof(Scale), "autoscaling/v1", "Scale")]
    [InlineData(typeof(Eviction), "policy/v1", "Eviction")]
    [InlineData(typeof(Status), "v1", "Status")]
    [InlineData(typeof(DeleteOptions), "meta.k8s.io/v1", "DeleteOptions")]
    [InlineData(typeof(Table), "meta.k8s.io/v1", "Table")]
    public void SetTypeMeta_KnownType_WritesApiVersionAndKind(Type type, string apiVersion, string kind)
    {
        var obj = (TypeMeta)Activator.CreateInstance(type)!;

        Scheme.Default.SetTypeMeta(obj);

        Assert.Equal(apiVersion, obj.ApiVersion);
        Assert.Equal(kind, obj.Kind);
    }

    [Fact]
    public void SerializeObject_Scale_StartsWithKindAndApiVersion()
    {
        var json = System.Text.Encoding.UTF8.GetString(KubeJson.SerializeObject(new Scale()));

        Assert.StartsWith("""{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"creationTimestamp":null}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FindResource_ByPlural_ReturnsNamespacedFlagAsUpstream()
    {
        Assert.False(Scheme.Default.FindResource("", "v1", "nodes")!.Namespaced);
        Assert.True(Scheme.Default.FindResource("apps", "v1", "deployments")!.Namespaced);
        Assert.Null(Scheme.Default.FindResource("apps", "v1", "nothings"));
    }
}
