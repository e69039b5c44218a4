using Dotkube.Controllers.NodeLifecycle;
using Dotkube.Testing;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

public sealed class NodeTaintQueueTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void Token_bucket_starts_full_and_refills_at_its_rate()
    {
        var bucket = new TokenBucket(0.1, 1, _time);

        Assert.True(bucket.TryAccept());
        Assert.False(bucket.TryAccept());
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(bucket.TryAccept());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(bucket.TryAccept());
    }

    [Fact]
    public void A_zero_rate_never_accepts() => Assert.False(new TokenBucket(0, 1, _time).TryAccept());

    [Fact]
    public async Task Queued_nodes_are_tainted_one_per_token_in_order()
    {
        var queue = new NodeTaintQueue(0.1, _time);
        queue.Add("a");
        queue.Add("b");
        var done = new List<string>();

        await queue.TryAsync(n => Taint(done, n));
        Assert.Equal(["a"], done);
        _time.Advance(TimeSpan.FromSeconds(5));
        await queue.TryAsync(n => Taint(done, n));
        Assert.Equal(["a"], done);
        _time.Advance(TimeSpan.FromSeconds(5));
        await queue.TryAsync(n => Taint(done, n));
        Assert.Equal(["a", "b"], done);
    }

    [Fact]
    public async Task A_tainted_node_stays_a_member_until_removed_so_it_is_not_tainted_twice()
    {
        var queue = new NodeTaintQueue(1000, _time);
        var done = new List<string>();
        queue.Add("a");
        await queue.TryAsync(n => Taint(done, n));

        Assert.False(queue.Add("a"));
        Assert.True(queue.Remove("a"));
        Assert.True(queue.Add("a"));
        _time.Advance(TimeSpan.FromSeconds(1));
        await queue.TryAsync(n => Taint(done, n));
        Assert.Equal(["a", "a"], done);
    }

    [Fact]
    public async Task A_failed_attempt_is_retried_after_the_wait_it_asked_for()
    {
        var queue = new NodeTaintQueue(1000, _time);
        var attempts = 0;
        queue.Add("a");

        await queue.TryAsync(_ => Task.FromResult((++attempts > 1, TimeSpan.FromSeconds(1))));
        Assert.Equal(1, attempts);
        _time.Advance(TimeSpan.FromSeconds(2));
        await queue.TryAsync(_ => Task.FromResult((++attempts > 1, TimeSpan.FromSeconds(1))));
        Assert.Equal(2, attempts);
        _time.Advance(TimeSpan.FromSeconds(2));
        await queue.TryAsync(_ => Task.FromResult((++attempts > 1, TimeSpan.FromSeconds(1))));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Swapping_to_a_zero_rate_stops_the_queue_and_back_resumes_it()
    {
        var queue = new NodeTaintQueue(1000, _time);
        var done = new List<string>();
        queue.Add("a");

        queue.SwapLimiter(0);
        await queue.TryAsync(n => Taint(done, n));
        Assert.Empty(done);
        queue.SwapLimiter(1000);
        // As upstream, the new bucket starts empty when the old one had no token: no burst on resuming.
        await queue.TryAsync(n => Taint(done, n));
        Assert.Empty(done);
        _time.Advance(TimeSpan.FromSeconds(1));
        await queue.TryAsync(n => Taint(done, n));
        Assert.Equal(["a"], done);
    }

    private static Task<(bool, TimeSpan)> Taint(List<string> done, string name)
    {
        done.Add(name);
        return Task.FromResult((true, TimeSpan.Zero));
    }
}
