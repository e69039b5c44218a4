using Dotkube.Api.Protobuf;
using Dotkube.Kubelet.Pods;
using Dotkube.Testing;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>CrashLoopBackOff timing as upstream's flowcontrol.Backoff with the kubelet's 10 s / 5 min.</summary>
public sealed class BackoffTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void The_delay_starts_at_10s_and_doubles_up_to_5_minutes()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), _time);
        var delays = Enumerable.Range(0, 7).Select(_ => backoff.Next("pod/c")).Select(d => (int)d.TotalSeconds);
        Assert.Equal([10, 20, 40, 80, 160, 300, 300], delays);
    }

    [Fact]
    public void A_container_is_in_back_off_for_the_delay_after_it_finished()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), _time);
        Assert.Equal(TimeSpan.Zero, backoff.Remaining("pod/c", _time.GetUtcNow())); // the first restart is immediate
        backoff.Next("pod/c");
        var finished = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(TimeSpan.FromSeconds(6), backoff.Remaining("pod/c", finished));
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(TimeSpan.Zero, backoff.Remaining("pod/c", finished));
    }

    [Fact]
    public void A_key_untouched_for_twice_the_maximum_starts_over()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), _time);
        backoff.Next("pod/c");
        backoff.Next("pod/c");
        _time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(10), backoff.Next("pod/c"));
    }

    [Theory]
    [InlineData(10, "10s")]
    [InlineData(80, "1m20s")]
    [InlineData(300, "5m0s")]
    public void Back_off_messages_write_durations_as_Go_does(int seconds, string text) =>
        Assert.Equal(text, GoDurationText.Format(TimeSpan.FromSeconds(seconds)));
}
