using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.LeaderElection;

/// <summary>
/// Leader election on a coordination.k8s.io/v1 Lease, with client-go's leaderelection semantics, so
/// that of several control-plane processes only one runs a group of controllers at a time.
/// <para>
/// A candidate retries every <see cref="LeaderElectionOptions.RetryPeriod"/> (jittered) until it
/// creates the Lease or finds it free: released (empty holder) or expired. Expiry is judged by the
/// local clock, as client-go: a lease has expired when leaseDurationSeconds have passed since this
/// process last <em>saw the record change</em>, never by comparing the holder's renewTime with the
/// local time, so clock skew between machines cannot cut a healthy leader off.
/// </para>
/// <para>
/// The leader renews every RetryPeriod. A renew that has not succeeded within
/// <see cref="LeaderElectionOptions.RenewDeadline"/> ends the leadership: the token given to the
/// leading work is cancelled, the work is awaited and onStoppedLeading runs. Because RenewDeadline
/// is shorter than LeaseDuration, a leader cut off from the API server stops before others may
/// take over. Every write is conditional on the resourceVersion last seen, so two candidates
/// racing for one free lease cannot both win; the loser gets a conflict and is not leader this round.
/// </para>
/// </summary>
public sealed partial class LeaderElector
{
    private readonly ILeaseLock _lock;
    private readonly LeaderElectionOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly ILogger _logger;
    private readonly Lock _observedLock = new();
    private LeaderElectionRecord? _observed;
    private long _observedAt;
    private volatile bool _leading;
    private int _started;

    /// <param name="random">Jitters acquire retries; defaults to <see cref="Random.Shared"/>. Tests pass a seeded one.</param>
    public LeaderElector(KubeClient client, LeaderElectionOptions options, TimeProvider time, ILogger logger, Random? random = null)
        : this(LockFor(client, options), options, time, logger, random)
    {
    }

    internal LeaderElector(ILeaseLock leaseLock, LeaderElectionOptions options, TimeProvider time, ILogger logger, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(leaseLock);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _lock = leaseLock;
        _options = options;
        _time = time;
        _logger = logger;
        _random = random ?? Random.Shared;
    }

    public string Identity => _options.Identity;

    /// <summary>
    /// True while this elector leads: it holds the lease as last observed and has not given it up.
    /// It turns false as soon as a renew finds another holder or the renew deadline passes.
    /// </summary>
    public bool IsLeader => _leading && HoldsObservedRecord;

    /// <summary>The holder of the lease as last observed ("" when free or not yet seen).</summary>
    public string GetLeader()
    {
        lock (_observedLock) return _observed?.HolderIdentity ?? "";
    }

    /// <summary>
    /// Competes for the lease until <paramref name="ct"/> is cancelled or leadership is lost, and
    /// returns then (without throwing on cancellation). On acquiring, runs
    /// <paramref name="onStartedLeading"/> on the thread pool with a token cancelled when leadership
    /// ends; before returning, awaits that work (logging a failure), releases the lease when
    /// <see cref="LeaderElectionOptions.ReleaseOnCancel"/> is set and <paramref name="ct"/> was
    /// cancelled, and calls <paramref name="onStoppedLeading"/>. As client-go, onStoppedLeading
    /// runs whenever RunAsync ends, even if this elector never led. Runs once per elector: a
    /// process that lost leadership should exit (as kube-controller-manager does) or build a new one.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> onStartedLeading, Action onStoppedLeading, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onStartedLeading);
        ArgumentNullException.ThrowIfNull(onStoppedLeading);
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException($"Leader elector {Identity} was already started.");

        try
        {
            if (!await AcquireAsync(ct).ConfigureAwait(false))
                return;

            await LeadAsync(onStartedLeading, ct).ConfigureAwait(false);
        }
        finally
        {
            onStoppedLeading();
        }
    }

    private async Task LeadAsync(Func<CancellationToken, Task> onStartedLeading, CancellationToken ct)
    {
        using var leading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _leading = true;
        var work = Task.Run(() => onStartedLeading(leading.Token), CancellationToken.None);
        try
        {
            await RenewAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _leading = false;
            await leading.CancelAsync().ConfigureAwait(false);
            try
            {
                await work.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (leading.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                LogLeadingWorkFailed(_logger, _lock.Describe, e);
            }
        }

        // Only once the work has stopped: a successor may start the moment the lease is free.
        if (ct.IsCancellationRequested && _options.ReleaseOnCancel)
            await ReleaseAsync().ConfigureAwait(false);
    }

    private static LeaseLock LockFor(KubeClient client, LeaderElectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        return new LeaseLock(client, options.LeaseNamespace, options.LeaseName);
    }
}
