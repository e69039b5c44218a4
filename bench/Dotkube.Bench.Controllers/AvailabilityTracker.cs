using System.Diagnostics;
using Dotkube.Api.Apps.V1;
using Dotkube.Client.Informers;

namespace Dotkube.Bench.Controllers;

/// <summary>
/// Watches the benchmark's Deployments (one informer over all namespaces, as a dashboard would)
/// and notes the moment every one of them reports all its replicas updated and available: the
/// end of the run. A Deployment counts once its status shows <c>updatedReplicas</c> and
/// <c>availableReplicas</c> both equal to <c>spec.replicas</c> for its current generation.
/// </summary>
public sealed class AvailabilityTracker
{
    private readonly SharedInformer<Deployment> _informer;
    private readonly int _expected;
    private readonly Stopwatch _clock;
    private readonly HashSet<string> _complete = [];
    private readonly TaskCompletionSource<TimeSpan> _allAvailable = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="clock">Started at the first create; <see cref="AllAvailable"/> is read from it.</param>
    public AvailabilityTracker(SharedInformerFactory informers, int expected, Stopwatch clock)
    {
        _informer = informers.For<Deployment>();
        _expected = expected;
        _clock = clock;
        _informer.AddEventHandler((d, _) => Observe(d), (_, d) => Observe(d), d => Forget(d));
    }

    /// <summary>Completes with the clock's reading when the last Deployment became available.</summary>
    public Task<TimeSpan> AllAvailable => _allAvailable.Task;

    /// <summary>Deployments seen, complete ones, and replicas available over all of them, for progress lines.</summary>
    public (int Seen, int Complete, long AvailableReplicas) Progress()
    {
        var deployments = _informer.Lister.List(null);
        int complete;
        lock (_complete)
            complete = _complete.Count;
        return (deployments.Count, complete, deployments.Sum(d => (long)(d.Status?.AvailableReplicas ?? 0)));
    }

    private void Observe(Deployment deployment)
    {
        var status = deployment.Status;
        var want = deployment.Spec.Replicas ?? 1;
        var done = status is not null && status.ObservedGeneration >= deployment.Metadata.Generation &&
                   status.UpdatedReplicas == want && status.AvailableReplicas == want;
        var key = $"{deployment.Metadata.Namespace}/{deployment.Metadata.Name}";
        lock (_complete)
        {
            if (!done)
            {
                _complete.Remove(key);
                return;
            }

            if (_complete.Add(key) && _complete.Count == _expected)
                _allAvailable.TrySetResult(_clock.Elapsed);
        }
    }

    private void Forget(Deployment deployment)
    {
        lock (_complete)
            _complete.Remove($"{deployment.Metadata.Namespace}/{deployment.Metadata.Name}");
    }
}
