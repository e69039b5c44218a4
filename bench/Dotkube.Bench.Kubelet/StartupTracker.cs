using System.Collections.Concurrent;
using System.Diagnostics;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;

namespace Dotkube.Bench.Kubelet;

/// <summary>
/// Timestamps every measured pod's transitions as a pod informer (a list + watch of the API server,
/// as upstream's pod startup SLI measures "observed via watch") delivers them, on the run's clock.
/// </summary>
public sealed class StartupTracker
{
    private readonly string _ns;
    private readonly Stopwatch _clock;
    private readonly ConcurrentDictionary<string, PodTimeline> _pods = new();
    private readonly TaskCompletionSource _allReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allGone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _expected;
    private int _running;
    private int _ready;
    private int _deleted;

    public StartupTracker(SharedInformer<Pod> pods, string ns, int expected, Stopwatch clock)
    {
        _ns = ns;
        _expected = expected;
        _clock = clock;
        pods.AddEventHandler(onAdd: (pod, _) => Observe(pod), onUpdate: (_, pod) => Observe(pod), onDelete: Deleted);
    }

    public int Running => Volatile.Read(ref _running);

    public int Ready => Volatile.Read(ref _ready);

    /// <summary>Completes when every expected pod was seen Running and Ready.</summary>
    public Task AllReady => _allReady.Task;

    /// <summary>Completes when every expected pod's object is gone.</summary>
    public Task AllGone => _allGone.Task;

    /// <summary>The timeline of pod <paramref name="name"/>, created on first use (the creator registers it before its POST).</summary>
    public PodTimeline Timeline(string name) => _pods.GetOrAdd(name, n => new PodTimeline(n));

    public IReadOnlyList<PodTimeline> Timelines => [.. _pods.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];

    private void Observe(Pod pod)
    {
        if (pod.Metadata.Namespace != _ns || pod.Metadata.Name is not { } name)
            return;
        var now = _clock.Elapsed;
        var timeline = Timeline(name);
        lock (timeline)
        {
            if (timeline.Bound is null && !string.IsNullOrEmpty(pod.Spec.NodeName))
                timeline.Bound = now;
            if (timeline.FirstKubeletStatus is null && !string.IsNullOrEmpty(pod.Status.HostIP))
                timeline.FirstKubeletStatus = now;
            timeline.StartTime ??= pod.Status.StartTime;
            timeline.Uid ??= pod.Metadata.Uid;
            if (timeline.Running is null && IsRunning(pod))
            {
                timeline.Running = now;
                Interlocked.Increment(ref _running);
            }

            if (timeline.Ready is null && IsReady(pod))
            {
                timeline.Ready = now;
                if (Interlocked.Increment(ref _ready) >= _expected)
                    _allReady.TrySetResult();
            }
        }
    }

    private void Deleted(Pod pod)
    {
        if (pod.Metadata.Namespace == _ns && Interlocked.Increment(ref _deleted) >= _expected)
            _allGone.TrySetResult();
    }

    /// <summary>Phase Running and every container reported running: upstream's "all containers started".</summary>
    private static bool IsRunning(Pod pod) =>
        pod.Status.Phase == PodPhase.Running
        && pod.Status.ContainerStatuses is { Count: > 0 } statuses
        && statuses.Count == pod.Spec.Containers.Count
        && statuses.All(s => s.State?.Running is not null);

    private static bool IsReady(Pod pod) =>
        pod.Status.Conditions?.Any(c => c.Type == PodConditionType.Ready && c.Status == ConditionStatus.True) == true;
}
