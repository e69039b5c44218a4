namespace Dotkube.Client.Runtime;

/// <summary>
/// A level-based reconciler (controller-runtime's reconcile.Reconciler): given only a key, it
/// re-reads the current state, acts to move the world towards the desired state, and returns.
/// It never sees the event that queued the key, so missed or merged events do not matter.
/// Retries, backoff, metrics and the log scope belong to <see cref="Controller{TKey}"/>.
/// </summary>
/// <typeparam name="TKey">
/// What identifies the object to reconcile. It must have value equality, because the work queue
/// dedupes keys. Controllers of API objects use a string "namespace/name" ("name" for cluster-scoped
/// objects), as client-go's MetaNamespaceKeyFunc; the type is generic so that controllers keyed by
/// something else (a node name, a tuple) need no string encoding.
/// </typeparam>
public interface IReconciler<in TKey> where TKey : notnull
{
    /// <summary>
    /// Reconciles the object under <paramref name="key"/>. Throwing means "failed, retry with
    /// backoff"; <paramref name="ct"/> is cancelled when the controller stops.
    /// </summary>
    Task<ReconcileResult> ReconcileAsync(TKey key, CancellationToken ct);
}
