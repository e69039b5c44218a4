using Dotkube.Client.LeaderElection;
using Dotkube.Client.Tests.Support;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.LeaderElection;

/// <summary>The elector's state machine on a manual clock and an in-memory lease.</summary>
public sealed class LeaderElectorTests
{
    private readonly ManualTime _time = new();
    private readonly FakeLeaseStore _store = new();
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task RunAsync_NoLease_CreatesItAndLeads()
    {
        await using var run = Start("a");

        await Eventually.TrueAsync(() => run.Started, "leading to start");
        Assert.True(run.Elector.IsLeader);
        Assert.Equal("a", run.Elector.GetLeader());
        var lease = _store.Record!;
        Assert.Equal("a", lease.HolderIdentity);
        Assert.Equal(15, lease.LeaseDurationSeconds);
        Assert.Equal(_time.GetUtcNow(), lease.AcquireTime);
        Assert.Equal(0, lease.LeaderTransitions);
    }

    [Fact]
    public async Task Renew_EveryRetryPeriod_KeepsAcquireTimeAndAdvancesRenewTime()
    {
        await using var run = Start("a");
        await Eventually.TrueAsync(() => run.Started, "leading to start");
        var acquired = _store.Record!.AcquireTime;

        await AdvanceAsync(TimeSpan.FromSeconds(2));

        await Eventually.TrueAsync(() => _store.Record!.RenewTime == acquired + TimeSpan.FromSeconds(2), "the renew at 2 s");
        Assert.Equal(acquired, _store.Record!.AcquireTime);
        Assert.Equal(0, _store.Record.LeaderTransitions);
    }

    [Fact]
    public async Task Acquire_LeaseHeldByOther_WaitsTheLeaseDurationFromWhenItSawTheRecord()
    {
        // The holder's renewTime is an hour old by our clock: skew, not expiry. Only the local
        // observation counts, so the candidate still waits a whole lease duration.
        var stale = _time.GetUtcNow() - TimeSpan.FromHours(1);
        _store.Put(new LeaderElectionRecord("other", 15, stale, stale, 4));
        await using var run = Start("a");

        await AdvanceAsync(TimeSpan.FromSeconds(14));
        Assert.False(run.Elector.IsLeader);
        Assert.Equal("other", run.Elector.GetLeader());
        Assert.Equal("other", _store.Record!.HolderIdentity);

        // The candidate wakes just after the observed expiry instead of at its next jittered retry.
        await AdvanceAsync(TimeSpan.FromSeconds(1.3));
        await Eventually.TrueAsync(() => run.Started, "taking the expired lease over");
        Assert.Equal("a", _store.Record!.HolderIdentity);
        Assert.Equal(5, _store.Record.LeaderTransitions);
    }

    [Fact]
    public async Task Acquire_HolderKeepsRenewing_NeverTakesOver()
    {
        _store.Put(new LeaderElectionRecord("other", 15, _time.GetUtcNow(), _time.GetUtcNow(), 0));
        await using var run = Start("a");

        for (var i = 0; i < 30; i++)
        {
            await AdvanceAsync(TimeSpan.FromSeconds(2));
            var now = _time.GetUtcNow();
            _store.Put(_store.Record! with { RenewTime = now });
        }

        Assert.False(run.Started);
        Assert.Equal("other", _store.Record!.HolderIdentity);
    }

    [Fact]
    public async Task Renew_FailingUntilTheRenewDeadline_CancelsLeadingAndCallsStopped()
    {
        await using var run = Start("a");
        await Eventually.TrueAsync(() => run.Started, "leading to start");

        _store.FailWith = new HttpRequestException("connection refused");
        await AdvanceAsync(TimeSpan.FromSeconds(2 + 9.5));
        Assert.True(run.Elector.IsLeader);
        Assert.False(run.LeadingToken.IsCancellationRequested);

        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await Eventually.CompletesAsync(run.Task);
        Assert.True(run.LeadingToken.IsCancellationRequested);
        Assert.True(run.Stopped);
        Assert.False(run.Elector.IsLeader);
    }

    [Fact]
    public async Task Renew_LeaseTakenByOther_StopsBeingLeaderAtOnce()
    {
        await using var run = Start("a");
        await Eventually.TrueAsync(() => run.Started, "leading to start");

        _store.Put(_store.Record! with { HolderIdentity = "b", LeaderTransitions = 1 });
        await AdvanceAsync(TimeSpan.FromSeconds(2));

        await Eventually.TrueAsync(() => !run.Elector.IsLeader, "leadership to end");
        Assert.Equal("b", run.Elector.GetLeader());
    }

    [Fact]
    public async Task Cancel_WithReleaseOnCancel_ClearsHolderAndShortensTheLease()
    {
        await using var run = Start("a", releaseOnCancel: true);
        await Eventually.TrueAsync(() => run.Started, "leading to start");

        await run.Cts.CancelAsync();
        await Eventually.CompletesAsync(run.Task);

        Assert.Equal("", _store.Record!.HolderIdentity);
        Assert.Equal(1, _store.Record.LeaseDurationSeconds);
        Assert.Equal(0, _store.Record.LeaderTransitions);
        Assert.True(run.Stopped);
    }

    [Fact]
    public async Task Cancel_WithoutRelease_LeavesTheLeaseToExpire()
    {
        await using var run = Start("a");
        await Eventually.TrueAsync(() => run.Started, "leading to start");

        await run.Cts.CancelAsync();
        await Eventually.CompletesAsync(run.Task);

        Assert.Equal("a", _store.Record!.HolderIdentity);
        Assert.False(run.Elector.IsLeader);
    }

    [Fact]
    public async Task Acquire_ReleasedLease_IsTakenAtOnceCountingATransition()
    {
        _store.Put(new LeaderElectionRecord("", 1, _time.GetUtcNow(), _time.GetUtcNow(), 3));

        await using var run = Start("a");

        await Eventually.TrueAsync(() => run.Started, "taking the released lease");
        Assert.Equal(4, _store.Record!.LeaderTransitions);
    }

    /// <summary>Moves the clock in small steps, letting the elector's continuations run between them.</summary>
    private async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromMilliseconds(100);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            _time.Advance(by - moved < step ? by - moved : step);
            await Task.Yield();
        }
    }

    private Run Start(string identity, bool releaseOnCancel = false)
    {
        var options = new LeaderElectionOptions { LeaseName = "test", Identity = identity, ReleaseOnCancel = releaseOnCancel };
        var elector = new LeaderElector(new FakeLeaseLock(_store), options, _time, _logger, new Random(1));
        return new Run(elector);
    }

    private sealed class Run : IAsyncDisposable
    {
        private volatile bool _started;
        private volatile bool _stopped;

        public Run(LeaderElector elector)
        {
            Elector = elector;
            Task = elector.RunAsync(
                ct =>
                {
                    LeadingToken = ct;
                    _started = true;
                    return System.Threading.Tasks.Task.CompletedTask;
                },
                () => _stopped = true,
                Cts.Token);
        }

        public LeaderElector Elector { get; }

        public CancellationTokenSource Cts { get; } = new();

        public Task Task { get; }

        public bool Started => _started;

        public bool Stopped => _stopped;

        public CancellationToken LeadingToken { get; private set; }

        public async ValueTask DisposeAsync()
        {
            await Cts.CancelAsync();
            await Eventually.CompletesAsync(Task);
            Cts.Dispose();
        }
    }
}
