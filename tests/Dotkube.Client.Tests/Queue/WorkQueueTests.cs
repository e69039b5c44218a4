using Dotkube.Client.Queue;
using Dotkube.Client.Runtime;
using Dotkube.Client.Tests.Support;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Queue;

public sealed class WorkQueueTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public async Task Add_SameItemTwiceBeforeGet_IsHandedOutOnce()
    {
        using var queue = NewQueue();
        queue.Add("a");
        queue.Add("b");
        queue.Add("a");

        Assert.Equal(2, queue.Len);
        Assert.Equal("a", (await queue.GetAsync()).Item);
        Assert.Equal("b", (await queue.GetAsync()).Item);
        Assert.Equal(0, queue.Len);
    }

    [Fact]
    public async Task GetAsync_HandsOutItemsInAddOrder()
    {
        using var queue = NewQueue();
        foreach (var item in new[] { "c", "a", "b" })
            queue.Add(item);

        var got = new List<string>();
        for (var i = 0; i < 3; i++)
            got.Add((await queue.GetAsync()).Item);

        Assert.Equal(["c", "a", "b"], got);
    }

    [Fact]
    public async Task Add_WhileProcessing_IsHandedOutAgainOnlyAfterDone()
    {
        using var queue = NewQueue();
        queue.Add("a");
        var (item, _) = await queue.GetAsync();

        queue.Add("a");
        var second = queue.GetAsync().AsTask();

        Assert.Equal(0, queue.Len);
        Assert.False(second.IsCompleted);
        queue.Done(item);
        Assert.Equal(("a", false), await Eventually.CompletesAsync(second));
    }

    [Fact]
    public async Task Done_WithoutReAdd_DoesNotHandOutAgain()
    {
        using var queue = NewQueue();
        queue.Add("a");
        queue.Done((await queue.GetAsync()).Item);

        Assert.Equal(0, queue.Len);
    }

    [Fact]
    public async Task GetAsync_WaitingWorker_GetsItemAddedLater()
    {
        using var queue = NewQueue();
        var waiting = queue.GetAsync().AsTask();

        queue.Add("a");

        Assert.Equal(("a", false), await Eventually.CompletesAsync(waiting));
    }

    [Fact]
    public async Task GetAsync_Cancelled_ThrowsAndLeavesLaterItemsForOthers()
    {
        using var queue = NewQueue();
        using var cts = new CancellationTokenSource();
        var waiting = queue.GetAsync(cts.Token).AsTask();

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        queue.Add("a");

        Assert.Equal(1, queue.Len);
        Assert.Equal("a", (await queue.GetAsync()).Item);
    }

    [Fact]
    public async Task Workers_EightHammeringFewKeys_NeverHoldSameKeyTogetherAndMissNoAdd()
    {
        const int Keys = 10;
        using var queue = NewQueue();
        var inFlight = new int[Keys];
        var lastAdd = new long[Keys];
        var lastStart = new long[Keys];
        long clock = 0;
        var overlaps = 0;

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var (item, shutdown) = await queue.GetAsync();
                if (shutdown)
                    return;
                var key = int.Parse(item, System.Globalization.CultureInfo.InvariantCulture);
                Volatile.Write(ref lastStart[key], Interlocked.Increment(ref clock));
                if (Interlocked.Increment(ref inFlight[key]) != 1)
                    Interlocked.Increment(ref overlaps);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight[key]);
                queue.Done(item);
            }
        })).ToArray();
        var producers = Enumerable.Range(0, 4).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < 3000; i++)
            {
                var key = (i + p) % Keys;
                Volatile.Write(ref lastAdd[key], Interlocked.Increment(ref clock));
                queue.Add(key.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        })).ToArray();

        await Eventually.CompletesAsync(Task.WhenAll(producers));
        // Every add is followed by a start of that key: dedupe never swallows a change.
        await Eventually.TrueAsync(() => Enumerable.Range(0, Keys).All(k => Volatile.Read(ref lastStart[k]) > lastAdd[k]), "every key to run after its last add");
        await Eventually.CompletesAsync(queue.ShutDownWithDrainAsync());
        await Eventually.CompletesAsync(Task.WhenAll(workers));

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task ShutDown_IgnoresAddsAndHandsOutQueuedItemsBeforeReportingShutdown()
    {
        using var queue = NewQueue();
        queue.Add("a");

        queue.ShutDown();
        queue.Add("b");

        Assert.True(queue.ShuttingDown);
        Assert.Equal(("a", false), await queue.GetAsync());
        Assert.True((await queue.GetAsync()).Shutdown);
    }

    [Fact]
    public async Task ShutDown_WakesWaitingWorkersWithShutdown()
    {
        using var queue = NewQueue();
        var waiting = queue.GetAsync().AsTask();

        queue.ShutDown();

        Assert.True((await Eventually.CompletesAsync(waiting)).Shutdown);
    }

    [Fact]
    public async Task ShutDownWithDrain_WaitsForInFlightItemsToBeDone()
    {
        using var queue = NewQueue();
        queue.Add("a");
        var (item, _) = await queue.GetAsync();

        var drained = queue.ShutDownWithDrainAsync();

        Assert.False(drained.IsCompleted);
        queue.Done(item);
        await Eventually.CompletesAsync(drained);
    }

    [Fact]
    public async Task ShutDownWithDrain_WaitsForQueuedItemsToBeTakenAndDone()
    {
        using var queue = NewQueue();
        queue.Add("a");

        var drained = queue.ShutDownWithDrainAsync();
        Assert.False(drained.IsCompleted);
        queue.Done((await queue.GetAsync()).Item);

        await Eventually.CompletesAsync(drained);
    }

    [Fact]
    public void ShutDownWithDrain_Idle_CompletesAtOnce()
    {
        using var queue = NewQueue();

        Assert.True(queue.ShutDownWithDrainAsync().IsCompleted);
    }

    [Fact]
    public async Task Metrics_CountAddsOncePerPendingItemAndTimeQueueAndWork()
    {
        var metrics = new InMemoryControllerMetrics();
        using var queue = new WorkQueue<string>("q", _time, metrics: metrics);
        queue.Add("a");
        queue.Add("a");
        queue.Add("b");
        Assert.Equal(2, metrics.Value("workqueue_adds_total", "q"));
        Assert.Equal(2, metrics.Value("workqueue_depth", "q"));

        _time.Advance(TimeSpan.FromSeconds(3));
        var (item, _) = await queue.GetAsync();
        _time.Advance(TimeSpan.FromSeconds(2));
        queue.Done(item);

        Assert.Equal(1, metrics.Value("workqueue_depth", "q"));
        Assert.Equal([TimeSpan.FromSeconds(3)], metrics.Observations("workqueue_queue_duration_seconds", "q"));
        Assert.Equal([TimeSpan.FromSeconds(2)], metrics.Observations("workqueue_work_duration_seconds", "q"));
    }

    [Fact]
    public async Task GetAsync_ManyWaitersCancelledAndServed_EachItemGoesToOneWaiter()
    {
        using var queue = NewQueue();
        using var cts = new CancellationTokenSource();
        var cancelled = Enumerable.Range(0, 5).Select(_ => queue.GetAsync(cts.Token).AsTask()).ToArray();
        var served = Enumerable.Range(0, 5).Select(_ => queue.GetAsync().AsTask()).ToArray();
        await cts.CancelAsync();

        for (var i = 0; i < 5; i++)
            queue.Add($"k{i}");

        foreach (var task in cancelled)
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        var got = await Eventually.CompletesAsync(Task.WhenAll(served));
        Assert.Equal(["k0", "k1", "k2", "k3", "k4"], got.Select(g => g.Item).Order());
    }

    private WorkQueue<string> NewQueue() => new("test", _time);
}
