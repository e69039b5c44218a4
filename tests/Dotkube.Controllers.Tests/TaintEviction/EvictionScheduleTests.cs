using Dotkube.Controllers.TaintEviction;
using Dotkube.Testing;

namespace Dotkube.Controllers.Tests.TaintEviction;

public sealed class EvictionScheduleTests
{
    private readonly ManualTime _time = new();
    private readonly List<string> _due = [];
    private readonly EvictionSchedule _schedule;

    public EvictionScheduleTests() => _schedule = new EvictionSchedule(_time, _due.Add);

    [Fact]
    public void An_eviction_fires_at_its_time_not_before()
    {
        _schedule.Add("ns/p", _time.Now, _time.Now.AddSeconds(30));

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(_due);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["ns/p"], _due);
        Assert.NotNull(_schedule.Fired("ns/p", out var first));
        Assert.True(first);
        _schedule.Fired("ns/p", out first);
        Assert.False(first);
    }

    [Fact]
    public void An_eviction_whose_time_has_passed_is_due_at_once()
    {
        _schedule.Add("ns/p", _time.Now, _time.Now);

        Assert.Equal(["ns/p"], _due);
    }

    [Fact]
    public void A_cancelled_eviction_never_fires_and_only_a_waiting_one_counts_as_cancelled()
    {
        _schedule.Add("ns/waiting", _time.Now, _time.Now.AddSeconds(10));
        _schedule.Add("ns/fired", _time.Now, _time.Now);

        Assert.True(_schedule.Cancel("ns/waiting"));
        Assert.False(_schedule.Cancel("ns/fired"));
        Assert.False(_schedule.Cancel("ns/none"));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["ns/fired"], _due);
        Assert.Null(_schedule.Fired("ns/fired", out _));
    }

    [Fact]
    public void A_second_eviction_for_the_same_pod_is_ignored_until_the_first_is_complete()
    {
        _schedule.Add("ns/p", _time.Now, _time.Now.AddSeconds(10));
        _schedule.Add("ns/p", _time.Now, _time.Now.AddSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(_due);
        _time.Advance(TimeSpan.FromSeconds(5));
        var token = _schedule.Fired("ns/p", out _)!;
        _schedule.Complete("ns/p", token);
        Assert.Null(_schedule.CreatedAt("ns/p"));
    }
}
