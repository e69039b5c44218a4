using System.Net;
using Dotkube.Controllers.NodeIpam;

namespace Dotkube.Controllers.Tests.NodeIpam;

public sealed class CidrSetTests
{
    [Fact]
    public void Subnets_are_handed_out_in_order_from_the_first()
    {
        var set = new CidrSet(IPNetwork.Parse("10.42.0.0/16"), 24);

        Assert.Equal(256, set.Capacity);
        Assert.Equal(IPNetwork.Parse("10.42.0.0/24"), set.AllocateNext());
        Assert.Equal(IPNetwork.Parse("10.42.1.0/24"), set.AllocateNext());
    }

    [Fact]
    public void An_exhausted_set_allocates_nothing_until_a_subnet_is_released()
    {
        var set = new CidrSet(IPNetwork.Parse("10.0.0.0/23"), 24);
        var first = set.AllocateNext()!.Value;
        set.AllocateNext();

        Assert.Null(set.AllocateNext());
        Assert.True(set.Release(first));
        Assert.Equal(first, set.AllocateNext());
    }

    [Fact]
    public void Occupied_subnets_are_skipped_and_a_larger_occupied_range_covers_several()
    {
        var set = new CidrSet(IPNetwork.Parse("10.42.0.0/16"), 24);

        Assert.True(set.Occupy(IPNetwork.Parse("10.42.0.0/23")));
        Assert.Equal(2, set.Allocated);
        Assert.Equal(IPNetwork.Parse("10.42.2.0/24"), set.AllocateNext());
        Assert.False(set.Occupy(IPNetwork.Parse("10.43.0.0/24")));
        Assert.True(set.IsUsed(IPNetwork.Parse("10.42.1.0/24")));
    }

    [Fact]
    public void Released_subnets_are_reused_only_after_the_others_round_robin()
    {
        var set = new CidrSet(IPNetwork.Parse("10.0.0.0/22"), 24);
        var a = set.AllocateNext()!.Value;
        set.Release(a);

        Assert.Equal(IPNetwork.Parse("10.0.1.0/24"), set.AllocateNext());
    }

    [Fact]
    public void IPv6_ranges_are_cut_the_same_way()
    {
        var set = new CidrSet(IPNetwork.Parse("fd00:42::/48"), 64);

        Assert.Equal(65536, set.Capacity);
        Assert.Equal(IPNetwork.Parse("fd00:42::/64"), set.AllocateNext());
        Assert.Equal(IPNetwork.Parse("fd00:42:0:1::/64"), set.AllocateNext());
    }
}
