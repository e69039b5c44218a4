using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Controllers.NodeLifecycle;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

public sealed class ZonesTests
{
    [Theory]
    [InlineData(3, 0, ZoneState.Normal)]
    [InlineData(0, 1, ZoneState.FullDisruption)]
    [InlineData(0, 0, ZoneState.Normal)]
    [InlineData(1, 2, ZoneState.Normal)] // two unready nodes never make a partial disruption
    [InlineData(2, 3, ZoneState.PartialDisruption)] // 60 % >= 55 %
    [InlineData(3, 3, ZoneState.Normal)] // 50 % < 55 %
    [InlineData(10, 90, ZoneState.PartialDisruption)]
    public void Zone_state_follows_the_share_of_unready_nodes(int ready, int notReady, ZoneState expected)
    {
        var conditions = Enumerable.Repeat<NodeCondition?>(new NodeCondition { Status = ConditionStatus.True }, ready)
            .Concat(Enumerable.Range(0, notReady).Select(i => i % 2 == 0 ? new NodeCondition { Status = ConditionStatus.Unknown } : null))
            .ToList();

        var (unhealthy, state) = Zones.ComputeState(conditions);

        Assert.Equal(expected, state);
        Assert.Equal(notReady, unhealthy);
    }

    [Theory]
    [InlineData(ZoneState.Normal, 10, 0.1)]
    [InlineData(ZoneState.FullDisruption, 10, 0.1)]
    [InlineData(ZoneState.PartialDisruption, 50, 0.0)] // small zones stop tainting
    [InlineData(ZoneState.PartialDisruption, 51, 0.01)] // large ones slow down
    public void Tainting_rate_depends_on_zone_state_and_size(ZoneState state, int size, double rate) =>
        Assert.Equal(rate, Zones.RateFor(state, size, 0.1));

    [Fact]
    public void Zone_key_combines_region_and_zone_and_is_empty_without_labels()
    {
        Assert.Equal("", Zones.KeyOf(new Node()));
        var labelled = new Node { Metadata = new ObjectMeta { Labels = new() { ["topology.kubernetes.io/zone"] = "a" } } };
        Assert.Equal(":\0:a", Zones.KeyOf(labelled));
        labelled.Metadata.Labels!["topology.kubernetes.io/region"] = "r";
        Assert.Equal("r:\0:a", Zones.KeyOf(labelled));
    }
}
