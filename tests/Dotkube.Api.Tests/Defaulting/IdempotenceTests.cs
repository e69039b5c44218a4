using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Defaulting;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;
using static Dotkube.Api.Tests.Defaulting.DefaultingHarness;

namespace Dotkube.Api.Tests.Defaulting;

public class IdempotenceTests
{
    public static TheoryData<string> AllKinds => new(Scheme.Default.All.Select(r => $"{r.ApiVersion}/{r.Kind}"));

    public static TheoryData<string> Manifests =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Manifests"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Apply_MinimalInstanceOfEveryKind_SecondApplyChangesNothing(string kind)
    {
        var info = Scheme.Default.All.Single(r => $"{r.ApiVersion}/{r.Kind}" == kind);
        var obj = (KubeObject)Activator.CreateInstance(info.ClrType)!;

        ObjectDefaults.Apply(obj);

        AssertIdempotent(obj);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Apply_ExampleManifest_SecondApplyChangesNothing(string file)
    {
        var objects = KubeDecoder.DecodeAll(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Manifests", file)));

        Assert.NotEmpty(objects);
        foreach (var decoded in objects)
        {
            var obj = (KubeObject)decoded.Object;
            ObjectDefaults.Apply(obj);
            AssertIdempotent(obj);
        }
    }

    [Fact]
    public void Apply_DefaultedPodRoundTripsThroughJson_StaysDefaulted()
    {
        var pod = Defaulted<Pod>("""{"spec":{"containers":[{"name":"c","image":"nginx","resources":{"limits":{"cpu":"500m"}}}],"volumes":[{"name":"v"}]}}""");
        var json = KubeJson.Serialize(pod);

        var again = KubeJson.Deserialize<Pod>(json);
        ObjectDefaults.Apply(again);

        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(KubeJson.Serialize(again)));
    }
}
