using Dotkube.Client.Rest;

namespace Dotkube.Client.LeaderElection;

public sealed partial class LeaderElector
{
    private bool HoldsObservedRecord
    {
        get
        {
            lock (_observedLock) return _observed?.HolderIdentity == _options.Identity;
        }
    }

    /// <summary>
    /// client-go's tryAcquireOrRenew: one attempt to create, take over or renew the lease; true
    /// when this elector holds it afterwards. Never throws: failures are logged and count as false.
    /// </summary>
    private async Task<bool> TryAcquireOrRenewAsync(CancellationToken ct)
    {
        var now = Now();
        var desired = new LeaderElectionRecord(_options.Identity, _options.LeaseDurationSeconds, now, now, 0);
        try
        {
            // 1. Fast path: the leader updates on the version it last wrote, without reading first.
            if (ObservedRecordIfHeldAndValid() is { } mine)
            {
                var renewal = desired with { AcquireTime = mine.AcquireTime, LeaderTransitions = mine.LeaderTransitions };
                try
                {
                    await _lock.UpdateAsync(renewal, ct).ConfigureAwait(false);
                    SetObserved(renewal);
                    return true;
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    LogOptimisticUpdateFailed(_logger, _lock.Describe, e.Message);
                }
            }

            // 2. Read the lease, creating it if there is none.
            var current = await _lock.GetAsync(ct).ConfigureAwait(false);
            if (current is null)
            {
                await _lock.CreateAsync(desired, ct).ConfigureAwait(false);
                SetObserved(desired);
                return true;
            }

            // 3. The expiry clock restarts only when the record changes, as observed here.
            if (!current.Equals(Observed))
                SetObserved(current);
            if (current.HolderIdentity.Length > 0 && !HoldsObservedRecord && IsObservedLeaseValid())
            {
                LogHeldByOther(_logger, _lock.Describe, current.HolderIdentity);
                return false;
            }

            // 4. Renew (keeping acquireTime) or take over (counting a transition).
            desired = current.HolderIdentity == _options.Identity
                ? desired with { AcquireTime = current.AcquireTime, LeaderTransitions = current.LeaderTransitions }
                : desired with { LeaderTransitions = current.LeaderTransitions + 1 };
            await _lock.UpdateAsync(desired, ct).ConfigureAwait(false);
            SetObserved(desired);
            return true;
        }
        catch (ApiStatusException e) when (e.IsConflict)
        {
            // Someone wrote since we read: not leader this round; the next read shows who.
            LogConflict(_logger, _lock.Describe);
            return false;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            LogLockError(_logger, _lock.Describe, e);
            return false;
        }
    }

    /// <summary>client-go's release: hand the lease back with leaseDurationSeconds 1 and no holder, if still ours.</summary>
    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(_options.RenewDeadline, _time);
        try
        {
            var current = await _lock.GetAsync(timeout.Token).ConfigureAwait(false);
            if (current is null)
                return;
            if (!current.Equals(Observed))
                SetObserved(current);
            if (current.HolderIdentity != _options.Identity)
                return;

            var now = Now();
            var released = new LeaderElectionRecord("", 1, now, now, current.LeaderTransitions);
            await _lock.UpdateAsync(released, timeout.Token).ConfigureAwait(false);
            SetObserved(released);
            LogReleased(_logger, _lock.Describe);
        }
        catch (Exception e)
        {
            LogReleaseFailed(_logger, _lock.Describe, e);
        }
    }

    private LeaderElectionRecord? Observed
    {
        get
        {
            lock (_observedLock) return _observed;
        }
    }

    private LeaderElectionRecord? ObservedRecordIfHeldAndValid()
    {
        lock (_observedLock)
            return _observed?.HolderIdentity == _options.Identity && IsObservedLeaseValidLocked() ? _observed : null;
    }

    private bool IsObservedLeaseValid()
    {
        lock (_observedLock) return IsObservedLeaseValidLocked();
    }

    /// <summary>How long the lease another candidate holds stays valid as observed here; null when none is held by another.</summary>
    private TimeSpan? ObservedLeaseRemaining()
    {
        lock (_observedLock)
        {
            if (_observed is not { HolderIdentity.Length: > 0 } record || record.HolderIdentity == _options.Identity)
                return null;
            var remaining = TimeSpan.FromSeconds(record.LeaseDurationSeconds) - _time.GetElapsedTime(_observedAt);
            return remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining;
        }
    }

    /// <summary>As client-go's isLeaseValid: observed time + the record's leaseDurationSeconds is still ahead.</summary>
    private bool IsObservedLeaseValidLocked() =>
        _observed is { } record && _time.GetElapsedTime(_observedAt) < TimeSpan.FromSeconds(record.LeaseDurationSeconds);

    private void SetObserved(LeaderElectionRecord record)
    {
        string? newLeader = null;
        lock (_observedLock)
        {
            if (_observed?.HolderIdentity != record.HolderIdentity && record.HolderIdentity.Length > 0)
                newLeader = record.HolderIdentity;
            _observed = record;
            _observedAt = _time.GetTimestamp();
        }

        if (newLeader is not null)
            LogNewLeader(_logger, _lock.Describe, newLeader);
    }

    /// <summary>The lease's times are MicroTime: truncating here keeps what we observe equal to what the server stores.</summary>
    private DateTimeOffset Now()
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        return new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
    }
}
