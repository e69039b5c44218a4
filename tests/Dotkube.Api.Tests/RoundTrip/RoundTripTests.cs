using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Tests.RoundTrip;

/// <summary>
/// The upstream round-trip invariants for every registered kind and its list:
/// encode -> decode -> encode is byte-identical, and decode(encode(x)) equals x.
/// </summary>
public class RoundTripTests
{
    private const int SeedsPerType = 25;

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var info in Scheme.Default.All)
        {
            data.Add(info.Gvk.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RoundTrip_FuzzedKind_IsStable(string gvk)
    {
        var info = Scheme.Default.All.Single(r => r.Gvk.ToString() == gvk);
        AssertRoundTrips(info.ClrType);
        if (info.ListTypeInfo is not null)
        {
            AssertRoundTrips(info.ListClrType);
        }
    }

    [Theory]
    [InlineData(typeof(Status))]
    [InlineData(typeof(DeleteOptions))]
    [InlineData(typeof(Table))]
    [InlineData(typeof(WatchEvent))]
    [InlineData(typeof(APIResourceList))]
    [InlineData(typeof(APIGroupList))]
    [InlineData(typeof(APIVersions))]
    [InlineData(typeof(KubeList<PartialObjectMetadata>))]
    public void RoundTrip_FuzzedMetaType_IsStable(Type type) => AssertRoundTrips(type);

    [Fact]
    public void Kinds_AreRegistered()
    {
        // Guards the theory above against silently running over nothing.
        Assert.NotEmpty(Scheme.Default.All);
    }

    private static void AssertRoundTrips(Type type)
    {
        for (var seed = 0; seed < SeedsPerType; seed++)
        {
            var original = new ObjectFuzzer(seed).Fill(type);
            var first = KubeJson.Serialize(original, type);
            var decoded = KubeJson.Deserialize(first, type);
            var second = KubeJson.Serialize(decoded, type);

            Assert.True(first.AsSpan().SequenceEqual(second),
                $"{type.Name} seed {seed}: re-encoding differs\n{Encoding.UTF8.GetString(first)}\n{Encoding.UTF8.GetString(second)}");
            var difference = ObjectComparer.FirstDifference(original, decoded, type);
            Assert.True(difference is null, $"{type.Name} seed {seed}: decode(encode(x)) != x at {difference}");
        }
    }
}
