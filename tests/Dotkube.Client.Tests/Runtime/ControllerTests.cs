using Dotkube.Client.Runtime;
using Dotkube.Client.Tests.Support;
using Dotkube.Testing;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Tests.Runtime;

public sealed class ControllerTests
{
    private readonly ManualTime _time = new();
    private readonly InMemoryControllerMetrics _metrics = new();
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task Reconcile_Success_ForgetsTheKeyAndCountsSuccess()
    {
        var calls = 0;
        await using var run = Start(Reconciler((_, _) => { Interlocked.Increment(ref calls); return ReconcileResult.Success; }));

        run.Controller.Queue.Add("ns/a");

        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "a successful reconcile");
        Assert.Equal(1, calls);
        Assert.Equal(0, run.Controller.Queue.NumRequeues("ns/a"));
        Assert.Equal(0, _metrics.Value("controller_runtime_reconcile_errors_total", "test"));
        Assert.Null(_time.NextDue);
    }

    [Fact]
    public async Task Reconcile_Throws_IsRetriedWithExponentialBackoffUntilItSucceeds()
    {
        var calls = 0;
        await using var run = Start(Reconciler((_, _) =>
            Interlocked.Increment(ref calls) <= 2 ? throw new InvalidOperationException("conflict") : ReconcileResult.Success));

        run.Controller.Queue.Add("ns/a");
        await Eventually.TrueAsync(() => Retries == 1, "the first retry to be scheduled");
        Assert.Equal(TimeSpan.FromMilliseconds(5), _time.NextDue);
        Assert.Equal(1, run.Controller.Queue.NumRequeues("ns/a"));

        _time.Advance(TimeSpan.FromMilliseconds(5));
        await Eventually.TrueAsync(() => Retries == 2, "the second retry to be scheduled");
        Assert.Equal(TimeSpan.FromMilliseconds(10), _time.NextDue);

        _time.Advance(TimeSpan.FromMilliseconds(10));
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "the third run to succeed");
        Assert.Equal(3, calls);
        Assert.Equal(2, Total(ReconcileOutcome.Error));
        Assert.Equal(2, _metrics.Value("controller_runtime_reconcile_errors_total", "test"));
        Assert.Equal(0, run.Controller.Queue.NumRequeues("ns/a"));
        Assert.Equal(2, _logger.Entries.Count(e => e is { Level: LogLevel.Error, Message: "Reconciler error", Exception: InvalidOperationException }));
    }

    [Fact]
    public async Task Reconcile_RequeueAfter_RunsAgainOnlyAfterTheDelay()
    {
        var calls = 0;
        await using var run = Start(Reconciler((_, _) =>
            Interlocked.Increment(ref calls) == 1 ? ReconcileResult.After(TimeSpan.FromSeconds(30)) : ReconcileResult.Success));

        run.Controller.Queue.Add("ns/a");
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.RequeueAfter) == 1, "the requeue to be scheduled");
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, calls);

        _time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "the second run");
        Assert.Equal(2, calls);
        Assert.Equal(0, run.Controller.Queue.NumRequeues("ns/a"));
    }

    [Fact]
    public async Task Reconcile_Requeue_WaitsTheBackoffWithoutCountingAnError()
    {
        var calls = 0;
        await using var run = Start(Reconciler((_, _) =>
            Interlocked.Increment(ref calls) == 1 ? ReconcileResult.RequeueWithBackoff : ReconcileResult.Success));

        run.Controller.Queue.Add("ns/a");
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Requeue) == 1, "the requeue");
        Assert.Equal(1, run.Controller.Queue.NumRequeues("ns/a"));
        _time.Advance(TimeSpan.FromMilliseconds(5));

        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "the second run");
        Assert.Equal(0, _metrics.Value("controller_runtime_reconcile_errors_total", "test"));
    }

    [Fact]
    public async Task Reconcile_Throws_WorkerKeepsServingOtherKeys()
    {
        var done = new List<string>();
        await using var run = Start(Reconciler((key, _) =>
        {
            if (key == "ns/bad")
                throw new InvalidOperationException("broken");
            lock (done) done.Add(key);
            return ReconcileResult.Success;
        }));

        foreach (var key in new[] { "ns/bad", "ns/a", "ns/b" })
            run.Controller.Queue.Add(key);

        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 2, "the good keys");
        Assert.Equal(["ns/a", "ns/b"], done);
    }

    [Fact]
    public async Task Reconcile_ThrowsSynchronously_IsTreatedAsAnError()
    {
        await using var run = Start(new FuncReconciler<string>((_, _) => throw new InvalidOperationException("before any await")));

        run.Controller.Queue.Add("ns/a");

        await Eventually.TrueAsync(() => _metrics.Value("controller_runtime_reconcile_errors_total", "test") == 1, "the error");
    }

    [Fact]
    public async Task Reconcile_RunsInAScopeNamingControllerAndKey()
    {
        await using var run = Start(Reconciler((_, _) => ReconcileResult.Success));

        run.Controller.Queue.Add("ns/a");
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "the reconcile");

        var entry = Assert.Single(_logger.Entries, e => e.Message == "Reconcile successful");
        Assert.Equal(["controller=\"test\" key=\"ns/a\" reconcileID=1"], entry.Scopes);
    }

    [Fact]
    public async Task Reconcile_RecordsItsDurationFromTheTimeProvider()
    {
        await using var run = Start(Reconciler((_, _) =>
        {
            _time.Advance(TimeSpan.FromSeconds(2));
            return ReconcileResult.Success;
        }));

        run.Controller.Queue.Add("ns/a");
        await Eventually.TrueAsync(() => Total(ReconcileOutcome.Success) == 1, "the reconcile");

        Assert.Equal([TimeSpan.FromSeconds(2)], _metrics.Observations("controller_runtime_reconcile_time_seconds", "test"));
        Assert.Equal(1, _metrics.Value("workqueue_adds_total", "test"));
    }

    [Fact]
    public async Task Workers_EightOnFewKeys_NeverReconcileOneKeyConcurrently()
    {
        const int Keys = 5;
        var inFlight = new int[Keys];
        var lastAdd = new long[Keys];
        var lastStart = new long[Keys];
        long clock = 0;
        var overlaps = 0;
        await using var run = Start(
            new FuncReconciler<int>(async (key, _) =>
            {
                Volatile.Write(ref lastStart[key], Interlocked.Increment(ref clock));
                if (Interlocked.Increment(ref inFlight[key]) != 1)
                    Interlocked.Increment(ref overlaps);
                await Task.Yield();
                Interlocked.Decrement(ref inFlight[key]);
                return ReconcileResult.Success;
            }),
            workers: 8);

        await Eventually.CompletesAsync(Task.WhenAll(Enumerable.Range(0, 4).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = (i * 7 + p) % Keys;
                Volatile.Write(ref lastAdd[key], Interlocked.Increment(ref clock));
                run.Controller.Queue.Add(key);
            }
        }))));
        await Eventually.TrueAsync(() => Enumerable.Range(0, Keys).All(k => Volatile.Read(ref lastStart[k]) > lastAdd[k]), "every key to be reconciled after its last add");

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public async Task RunAsync_Cancelled_WaitsForTheReconcileInFlight()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = Start(new FuncReconciler<string>(async (_, _) =>
        {
            started.SetResult();
            await release.Task;
            return ReconcileResult.Success;
        }));
        run.Controller.Queue.Add("ns/a");
        await Eventually.CompletesAsync(started.Task);

        await run.Stop.CancelAsync();
        Assert.False(run.Task.IsCompleted);
        release.SetResult();

        await Eventually.CompletesAsync(run.Task);
        Assert.Equal(1, Total(ReconcileOutcome.Success));
        Assert.True(run.Controller.Queue.ShuttingDown);
    }

    [Fact]
    public async Task RunAsync_Cancelled_CancelsTheReconcileTokenWithoutCountingAnError()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = Start(new FuncReconciler<string>(async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return ReconcileResult.Success;
        }));
        run.Controller.Queue.Add("ns/a");
        await Eventually.CompletesAsync(started.Task);

        await run.Stop.CancelAsync();

        await Eventually.CompletesAsync(run.Task);
        Assert.Equal(0, _metrics.Value("controller_runtime_reconcile_errors_total", "test"));
        Assert.Equal(0, Total(ReconcileOutcome.Error));
    }

    [Fact]
    public async Task RunAsync_SecondCall_Throws()
    {
        await using var run = Start(Reconciler((_, _) => ReconcileResult.Success));

        await Assert.ThrowsAsync<InvalidOperationException>(() => run.Controller.RunAsync(CancellationToken.None));
    }

    [Fact]
    public void Constructor_ZeroWorkers_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Controller<string>(
            "test", Reconciler((_, _) => ReconcileResult.Success), _time, _logger, new ControllerOptions { Workers = 0 }));
    }

    private long Retries => _metrics.Value("workqueue_retries_total", "test");

    private long Total(string result) => _metrics.Value("controller_runtime_reconcile_total", $"test,{result}");

    private static FuncReconciler<string> Reconciler(Func<string, CancellationToken, ReconcileResult> reconcile) =>
        new((key, ct) => Task.FromResult(reconcile(key, ct)));

    private Running<TKey> Start<TKey>(IReconciler<TKey> reconciler, int workers = 1) where TKey : notnull
    {
        var controller = new Controller<TKey>("test", reconciler, _time, _logger, new ControllerOptions { Workers = workers }, _metrics);
        var stop = new CancellationTokenSource();
        return new Running<TKey>(controller, stop, controller.RunAsync(stop.Token));
    }

    private sealed record Running<TKey>(Controller<TKey> Controller, CancellationTokenSource Stop, Task Task) : IAsyncDisposable
        where TKey : notnull
    {
        public async ValueTask DisposeAsync()
        {
            await Stop.CancelAsync();
            await Eventually.CompletesAsync(Task);
            Stop.Dispose();
        }
    }
}
