using Dotkube.Api.Coordination.V1;
using Dotkube.Client.LeaderElection;
using Dotkube.Client.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Client.Tests.LeaderElection;

/// <summary>Two electors competing for a real Lease on the API server, with short durations and the real clock.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class LeaseElectionIntegrationTests(ApiServerFixture server)
{
    [Fact]
    public async Task SecondElector_WaitsWhileTheFirstRenews_AndTakesOverAfterTheLeaseWhenItStops()
    {
        var ns = await server.NewNamespaceAsync();
        await using var overlap = new OverlapWatch();
        var a = Start(ns, "a", TimeSpan.FromSeconds(2), releaseOnCancel: false);
        await Eventually.TrueAsync(() => a.Elector.IsLeader, "a to lead");
        var b = Start(ns, "b", TimeSpan.FromSeconds(2), releaseOnCancel: false);
        overlap.Watch(a.Elector, b.Elector);

        // Several lease durations: a keeps renewing, so b never gets in.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.True(a.Elector.IsLeader);
        Assert.False(b.Elector.IsLeader);
        Assert.Equal("a", b.Elector.GetLeader());
        var lease = await server.Client.GetAsync<Lease>(ns, "controllers");
        Assert.Equal("a", lease.Spec.HolderIdentity);
        Assert.Equal(2, lease.Spec.LeaseDurationSeconds);
        Assert.Equal(0, lease.Spec.LeaseTransitions);

        // a stops without releasing: b must wait out the lease it last saw renewed.
        var stoppedAt = TimeProvider.System.GetTimestamp();
        await a.Cts.CancelAsync();
        await Eventually.CompletesAsync(a.Task);
        Assert.True(a.Stopped);
        await Eventually.TrueAsync(() => b.Elector.IsLeader, "b to take over");
        Assert.True(TimeProvider.System.GetElapsedTime(stoppedAt) >= TimeSpan.FromSeconds(1));

        lease = await server.Client.GetAsync<Lease>(ns, "controllers");
        Assert.Equal("b", lease.Spec.HolderIdentity);
        Assert.Equal(1, lease.Spec.LeaseTransitions);
        await b.DisposeAsync();
        Assert.False(overlap.SawTwoLeaders);
    }

    [Fact]
    public async Task ReleaseOnCancel_LetsTheOtherTakeOverWithoutWaitingForTheLease()
    {
        var ns = await server.NewNamespaceAsync();
        await using var overlap = new OverlapWatch();
        // A 10 s lease: taking over within a few seconds proves the release, not expiry.
        var a = Start(ns, "a", TimeSpan.FromSeconds(10), releaseOnCancel: true);
        await Eventually.TrueAsync(() => a.Elector.IsLeader, "a to lead");
        var b = Start(ns, "b", TimeSpan.FromSeconds(10), releaseOnCancel: true);
        overlap.Watch(a.Elector, b.Elector);
        await Task.Delay(TimeSpan.FromSeconds(0.5));

        var stoppedAt = TimeProvider.System.GetTimestamp();
        await a.DisposeAsync();
        await Eventually.TrueAsync(() => b.Elector.IsLeader, "b to take the released lease");
        Assert.True(TimeProvider.System.GetElapsedTime(stoppedAt) < TimeSpan.FromSeconds(5));

        var lease = await server.Client.GetAsync<Lease>(ns, "controllers");
        Assert.Equal("b", lease.Spec.HolderIdentity);
        Assert.Equal(10, lease.Spec.LeaseDurationSeconds);
        Assert.Equal(1, lease.Spec.LeaseTransitions);
        await b.DisposeAsync();
        Assert.False(overlap.SawTwoLeaders);
        lease = await server.Client.GetAsync<Lease>(ns, "controllers");
        Assert.Equal("", lease.Spec.HolderIdentity ?? "");
        Assert.Equal(1, lease.Spec.LeaseDurationSeconds);
    }

    private Candidate Start(string ns, string identity, TimeSpan leaseDuration, bool releaseOnCancel)
    {
        var options = new LeaderElectionOptions
        {
            LeaseNamespace = ns,
            LeaseName = "controllers",
            Identity = identity,
            LeaseDuration = leaseDuration,
            RenewDeadline = TimeSpan.FromSeconds(1.5),
            RetryPeriod = TimeSpan.FromSeconds(0.3),
            ReleaseOnCancel = releaseOnCancel,
        };
        return new Candidate(new LeaderElector(server.Client, options, TimeProvider.System, NullLogger.Instance));
    }

    private sealed class Candidate : IAsyncDisposable
    {
        private volatile bool _stopped;

        public Candidate(LeaderElector elector)
        {
            Elector = elector;
            Task = elector.RunAsync(ct => System.Threading.Tasks.Task.Delay(Timeout.Infinite, ct), () => _stopped = true, Cts.Token);
        }

        public LeaderElector Elector { get; }

        public CancellationTokenSource Cts { get; } = new();

        public Task Task { get; }

        public bool Stopped => _stopped;

        public async ValueTask DisposeAsync()
        {
            await Cts.CancelAsync();
            await Eventually.CompletesAsync(Task);
        }
    }

    /// <summary>Samples both electors' IsLeader as often as it can, remembering any moment both were true.</summary>
    private sealed class OverlapWatch : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _sampling = Task.CompletedTask;
        private volatile bool _sawTwo;

        public bool SawTwoLeaders => _sawTwo;

        public void Watch(LeaderElector a, LeaderElector b) =>
            _sampling = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    if (a.IsLeader && b.IsLeader)
                        _sawTwo = true;
                    await Task.Delay(1);
                }
            });

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _sampling;
            _stop.Dispose();
        }
    }
}
