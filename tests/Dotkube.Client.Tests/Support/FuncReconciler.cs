using Dotkube.Client.Runtime;

namespace Dotkube.Client.Tests.Support;

/// <summary>A reconciler from a lambda (controller-runtime's reconcile.Func).</summary>
public sealed class FuncReconciler<TKey>(Func<TKey, CancellationToken, Task<ReconcileResult>> reconcile) : IReconciler<TKey>
    where TKey : notnull
{
    public Task<ReconcileResult> ReconcileAsync(TKey key, CancellationToken ct) => reconcile(key, ct);
}
