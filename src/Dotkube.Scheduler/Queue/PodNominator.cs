using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Queue;

/// <summary>
/// Pending pods nominated to a node by preemption (status.nominatedNodeName), which Filter plugins
/// must count as if they were there (upstream PodNominator). Thread-safe.
/// </summary>
public sealed class PodNominator
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _nodeOfPod = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Pod>> _podsOnNode = new(StringComparer.Ordinal);

    /// <summary>Nominated pods in all; read without the lock so the per-node Filter path costs nothing while there are none.</summary>
    private volatile int _count;

    /// <summary>Records the pod's nomination: <paramref name="nodeName"/>, else its status.nominatedNodeName; none clears it.</summary>
    public void AddOrUpdate(Pod pod, string? nodeName = null)
    {
        lock (_gate)
        {
            var key = SchedulingQueue.KeyOf(pod);
            Remove(key);
            nodeName ??= pod.Status.NominatedNodeName;
            if (string.IsNullOrEmpty(nodeName) || !string.IsNullOrEmpty(pod.Spec.NodeName))
                return;
            _nodeOfPod[key] = nodeName;
            if (!_podsOnNode.TryGetValue(nodeName, out var pods))
                _podsOnNode[nodeName] = pods = new Dictionary<string, Pod>(StringComparer.Ordinal);
            pods[key] = pod;
            _count = _nodeOfPod.Count;
        }
    }

    /// <summary>
    /// An informer update of a pending pod, as upstream updateNominatedPod: an update where neither
    /// version names a node keeps the nomination made in memory, since it can be older than the
    /// status patch that records it.
    /// </summary>
    public void Update(Pod oldPod, Pod newPod)
    {
        lock (_gate)
        {
            string? keep = null;
            if (string.IsNullOrEmpty(oldPod.Status.NominatedNodeName) && string.IsNullOrEmpty(newPod.Status.NominatedNodeName))
                keep = _nodeOfPod.GetValueOrDefault(SchedulingQueue.KeyOf(oldPod));
            AddOrUpdate(newPod, keep);
        }
    }

    public void Delete(Pod pod)
    {
        lock (_gate)
            Remove(SchedulingQueue.KeyOf(pod));
    }

    public IReadOnlyList<Pod> NominatedPodsFor(string nodeName)
    {
        if (_count == 0)
            return [];
        lock (_gate)
            return _podsOnNode.TryGetValue(nodeName, out var pods) ? [.. pods.Values] : [];
    }

    private void Remove(string key)
    {
        if (!_nodeOfPod.Remove(key, out var node))
            return;
        _count = _nodeOfPod.Count;
        var pods = _podsOnNode[node];
        pods.Remove(key);
        if (pods.Count == 0)
            _podsOnNode.Remove(node);
    }
}
