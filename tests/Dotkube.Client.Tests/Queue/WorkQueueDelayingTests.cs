using Dotkube.Client.Queue;
using Dotkube.Client.Runtime;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Queue;

public sealed class WorkQueueDelayingTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void AddAfter_AddsOnlyOnceTheDelayHasPassed()
    {
        using var queue = NewQueue();

        queue.AddAfter("a", TimeSpan.FromMilliseconds(10));
        _time.Advance(TimeSpan.FromMilliseconds(9));
        Assert.Equal(0, queue.Len);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, queue.Len);
    }

    [Fact]
    public async Task AddAfter_SeveralItems_AreAddedInReadyTimeOrder()
    {
        using var queue = NewQueue();
        queue.AddAfter("c", TimeSpan.FromMilliseconds(30));
        queue.AddAfter("a", TimeSpan.FromMilliseconds(10));
        queue.AddAfter("b", TimeSpan.FromMilliseconds(20));

        _time.Advance(TimeSpan.FromMilliseconds(30));

        Assert.Equal("a", (await queue.GetAsync()).Item);
        Assert.Equal("b", (await queue.GetAsync()).Item);
        Assert.Equal("c", (await queue.GetAsync()).Item);
    }

    [Theory]
    [InlineData(50, 10)]
    [InlineData(10, 50)]
    public void AddAfter_ItemAlreadyWaiting_KeepsTheEarlierTimeAndIsAddedOnce(int firstMs, int secondMs)
    {
        using var queue = NewQueue();
        queue.AddAfter("a", TimeSpan.FromMilliseconds(firstMs));
        queue.AddAfter("a", TimeSpan.FromMilliseconds(secondMs));

        _time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal(1, queue.Len);

        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(1, queue.Len);
    }

    [Fact]
    public void AddAfter_NonPositiveDelay_AddsAtOnce()
    {
        using var queue = NewQueue();

        queue.AddAfter("a", TimeSpan.Zero);
        queue.AddAfter("b", TimeSpan.FromSeconds(-1));

        Assert.Equal(2, queue.Len);
    }

    [Fact]
    public void AddAfter_ItemAlreadyQueued_IsDedupedWhenReady()
    {
        using var queue = NewQueue();
        queue.Add("a");
        queue.AddAfter("a", TimeSpan.FromMilliseconds(5));

        _time.Advance(TimeSpan.FromMilliseconds(5));

        Assert.Equal(1, queue.Len);
    }

    [Fact]
    public void AddAfter_CountsARetry()
    {
        var metrics = new InMemoryControllerMetrics();
        using var queue = new WorkQueue<string>("q", _time, metrics: metrics);

        queue.AddAfter("a", TimeSpan.FromSeconds(1));

        Assert.Equal(1, metrics.Value("workqueue_retries_total", "q"));
    }

    [Fact]
    public async Task ShutDown_DropsWaitingItems()
    {
        using var queue = NewQueue();
        queue.AddAfter("a", TimeSpan.FromMilliseconds(10));

        queue.ShutDown();
        _time.Advance(TimeSpan.FromMilliseconds(20));

        Assert.Equal(0, queue.Len);
        Assert.True((await queue.GetAsync()).Shutdown);
    }

    [Fact]
    public void AddRateLimited_WaitsTheBackoffAndForgetStartsItOver()
    {
        using var queue = new WorkQueue<string>("q", _time, new ItemExponentialFailureRateLimiter<string>(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1)));

        queue.AddRateLimited("a");
        queue.AddRateLimited("a");
        Assert.Equal(2, queue.NumRequeues("a"));
        // The second backoff (10 ms) is later than the first (5 ms): the earlier one stands.
        _time.Advance(TimeSpan.FromMilliseconds(5));
        Assert.Equal(1, queue.Len);

        queue.Forget("a");
        Assert.Equal(0, queue.NumRequeues("a"));
    }

    [Fact]
    public void AddRateLimited_AfterShutDown_CountsNoRequeue()
    {
        using var queue = NewQueue();
        queue.ShutDown();

        queue.AddRateLimited("a");

        Assert.Equal(0, queue.NumRequeues("a"));
    }

    private WorkQueue<string> NewQueue() => new("test", _time);
}
