using Dotkube.Controllers.Common;
using Dotkube.Testing;

namespace Dotkube.Controllers.Tests.Common;

public sealed class ControllerExpectationsTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void A_controller_without_expectations_may_act()
    {
        Assert.True(new ControllerExpectations(_time).Satisfied("ns/rs"));
    }

    [Fact]
    public void Expected_creations_block_until_each_is_observed()
    {
        var expectations = new ControllerExpectations(_time);
        expectations.ExpectCreations("ns/rs", 2);

        Assert.False(expectations.Satisfied("ns/rs"));
        expectations.CreationObserved("ns/rs");
        Assert.False(expectations.Satisfied("ns/rs"));
        expectations.CreationObserved("ns/rs");
        Assert.True(expectations.Satisfied("ns/rs"));
        Assert.True(expectations.Satisfied("ns/other"));
    }

    [Fact]
    public void Unobserved_expectations_expire_after_five_minutes()
    {
        var expectations = new ControllerExpectations(_time);
        expectations.ExpectDeletions("ns/rs", 1);

        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(expectations.Satisfied("ns/rs"));
        Assert.Equal(TimeSpan.Zero, expectations.UntilExpiry("ns/rs") ?? TimeSpan.Zero);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(expectations.Satisfied("ns/rs"));
    }

    [Fact]
    public void Lowering_for_creations_never_attempted_satisfies_them()
    {
        var expectations = new ControllerExpectations(_time);
        expectations.ExpectCreations("ns/rs", 5);
        expectations.CreationObserved("ns/rs");

        expectations.Lower("ns/rs", 4, 0);

        Assert.True(expectations.Satisfied("ns/rs"));
        Assert.Equal((0L, 0L), expectations.Get("ns/rs"));
    }

    [Fact]
    public void Deleted_expectations_start_clean()
    {
        var expectations = new ControllerExpectations(_time);
        expectations.ExpectCreations("ns/rs", 3);

        expectations.Delete("ns/rs");

        Assert.True(expectations.Satisfied("ns/rs"));
        Assert.Null(expectations.Get("ns/rs"));
    }

    [Fact]
    public void A_deletion_seen_twice_counts_once()
    {
        var expectations = new UidTrackingExpectations(_time);
        expectations.ExpectDeletions("ns/rs", ["ns/p1", "ns/p2"]);

        // A graceful deletion: first the update setting deletionTimestamp, then the delete itself.
        expectations.DeletionObserved("ns/rs", "ns/p1");
        expectations.DeletionObserved("ns/rs", "ns/p1");
        Assert.False(expectations.Satisfied("ns/rs"));
        Assert.Equal((0L, 1L), expectations.Get("ns/rs"));

        expectations.DeletionObserved("ns/rs", "ns/unrelated");
        Assert.False(expectations.Satisfied("ns/rs"));
        expectations.DeletionObserved("ns/rs", "ns/p2");
        Assert.True(expectations.Satisfied("ns/rs"));
    }
}
