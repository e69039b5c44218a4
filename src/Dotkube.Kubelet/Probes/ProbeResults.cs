using System.Collections.Concurrent;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// The latest result of one probe kind per container, by runtime container id (upstream's
/// results manager). A change (a new entry included) calls <paramref name="changed"/> with the
/// pod's uid, so that its pod worker syncs again.
/// </summary>
public sealed class ProbeResults(Action<string> changed)
{
    private readonly ConcurrentDictionary<string, ProbeResult> _results = new();

    public bool TryGet(string containerId, out ProbeResult result) => _results.TryGetValue(containerId, out result);

    public void Set(string containerId, ProbeResult result, string podUid)
    {
        var previous = ProbeResult.Unknown;
        var isNew = true;
        _results.AddOrUpdate(containerId, result, (_, old) =>
        {
            (previous, isNew) = (old, false);
            return result;
        });
        if (isNew || previous != result)
            changed(podUid);
    }

    public void Remove(string containerId) => _results.TryRemove(containerId, out _);
}
