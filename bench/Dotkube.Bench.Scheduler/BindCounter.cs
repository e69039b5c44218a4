using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;

namespace Dotkube.Bench.Scheduler;

/// <summary>
/// Counts the pods of one namespace that the scheduler has bound (spec.nodeName set), from a pod
/// informer: each pod counts once, on the event where its node name first appears.
/// </summary>
public sealed class BindCounter
{
    private readonly string _ns;
    private readonly int _expected;
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _bound;

    public BindCounter(SharedInformer<Pod> pods, string ns, int expected)
    {
        _ns = ns;
        _expected = expected;
        pods.AddEventHandler(
            onAdd: (pod, _) =>
            {
                if (IsBound(pod))
                    Count();
            },
            onUpdate: (old, pod) =>
            {
                if (!IsBound(old) && IsBound(pod))
                    Count();
            });
    }

    public int Bound => Volatile.Read(ref _bound);

    /// <summary>Completes when all <c>expected</c> pods of the namespace are bound.</summary>
    public Task All => _all.Task;

    private bool IsBound(Pod pod) => pod.Metadata.Namespace == _ns && !string.IsNullOrEmpty(pod.Spec.NodeName);

    private void Count()
    {
        if (Interlocked.Increment(ref _bound) >= _expected)
            _all.TrySetResult();
    }
}
