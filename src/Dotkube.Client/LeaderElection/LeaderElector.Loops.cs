namespace Dotkube.Client.LeaderElection;

public sealed partial class LeaderElector
{
    /// <summary>How long after the observed expiry a waiting candidate tries again.</summary>
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMilliseconds(100);

    /// <summary>client-go's acquire: try at once, then every RetryPeriod with jitter; false when cancelled first.</summary>
    private async Task<bool> AcquireAsync(CancellationToken ct)
    {
        LogAttemptingAcquire(_logger, _lock.Describe);
        while (!ct.IsCancellationRequested)
        {
            if (await TryAcquireOrRenewAsync(ct).ConfigureAwait(false))
            {
                LogAcquired(_logger, _lock.Describe);
                return true;
            }

            // As wait.JitterUntil: RetryPeriod plus up to JitterFactor × RetryPeriod, so candidates that
            // started together do not keep colliding. Beyond client-go: when the observed lease runs
            // out sooner, try right after it does, which cuts a failover by up to a retry period
            // without ever acquiring a lease that is still valid as observed here.
            var wait = _options.RetryPeriod * (1 + (_random.NextDouble() * LeaderElectionOptions.JitterFactor));
            if (ObservedLeaseRemaining() is { } remaining && remaining + ExpiryMargin < wait)
                wait = remaining + ExpiryMargin;
            if (!await DelayAsync(wait, ct).ConfigureAwait(false))
                return false;
        }

        return false;
    }

    /// <summary>
    /// client-go's renew: every RetryPeriod, a round that retries every RetryPeriod until the renew
    /// succeeds or RenewDeadline passes. Returns when a round fails or <paramref name="ct"/> is cancelled.
    /// </summary>
    private async Task RenewAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            using var deadline = new CancellationTokenSource(_options.RenewDeadline, _time);
            using var round = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
            var renewed = false;
            while (!round.IsCancellationRequested)
            {
                // Only the deadline cuts a renew short: a write abandoned on shutdown may still land after
                // the release has read the lease, and make the release conflict.
                if (await TryAcquireOrRenewAsync(deadline.Token).ConfigureAwait(false))
                {
                    renewed = true;
                    break;
                }

                if (!await DelayAsync(_options.RetryPeriod, round.Token).ConfigureAwait(false))
                    break;
            }

            if (!renewed)
            {
                if (!ct.IsCancellationRequested)
                    LogRenewFailed(_logger, _lock.Describe, _options.RenewDeadline);
                return;
            }

            LogRenewed(_logger, _lock.Describe);
            if (!await DelayAsync(_options.RetryPeriod, ct).ConfigureAwait(false))
                return;
        }
    }

    /// <summary>Waits on the injected clock; false when cancelled.</summary>
    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, _time, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
