namespace Dotkube.Client.Runtime;

/// <summary>
/// What a reconciler asks of the runtime when it succeeds (controller-runtime's reconcile.Result).
/// The default value means done: the key's backoff is forgotten and it runs again only when it is
/// added again. Failure is signalled by throwing, which retries with backoff.
/// </summary>
/// <param name="Requeue">Run again after the rate limiter's backoff, as if the reconcile had failed
/// but without logging or counting an error (e.g. waiting for another object to appear).</param>
/// <param name="RequeueAfter">Run again after this delay, with the backoff forgotten (e.g. a
/// certificate to renew later). Takes precedence over <paramref name="Requeue"/> when positive.</param>
public readonly record struct ReconcileResult(bool Requeue = false, TimeSpan RequeueAfter = default)
{
    /// <summary>Done until the key is added again.</summary>
    public static ReconcileResult Success => default;

    /// <summary>Run again after the rate limiter's backoff.</summary>
    public static ReconcileResult RequeueWithBackoff => new(Requeue: true);

    /// <summary>Run again after <paramref name="delay"/>.</summary>
    public static ReconcileResult After(TimeSpan delay) => new(RequeueAfter: delay);
}
