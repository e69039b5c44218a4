using Dotkube.Kubelet.Cri;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// upstream's generic PLEG: lists every sandbox and container of the runtime each period and
/// reports the uids of pods where one appeared, disappeared or changed state (a container that
/// exited, a sandbox that stopped), so their worker syncs them. The first relist reports every
/// pod the runtime has, which is how an agent that starts again adopts or cleans up what runs.
/// </summary>
internal sealed class Relister(RuntimeServiceClient runtime)
{
    private Dictionary<string, (string Uid, int State)> _last = [];

    /// <summary>The uids of pods whose runtime state changed since the previous call.</summary>
    public async Task<IReadOnlySet<string>> RelistAsync(CancellationToken ct)
    {
        var current = new Dictionary<string, (string Uid, int State)>();
        foreach (var sandbox in await runtime.ListPodSandboxAsync(null, ct))
        {
            if (sandbox.Labels.TryGetValue(RuntimeLabels.PodUid, out var uid))
                current["s/" + sandbox.Id] = (uid, (int)sandbox.State);
        }

        foreach (var container in await runtime.ListContainersAsync(null, ct))
        {
            if (container.Labels.TryGetValue(RuntimeLabels.PodUid, out var uid))
                current["c/" + container.Id] = (uid, (int)container.State);
        }

        var changed = new HashSet<string>();
        foreach (var (id, entry) in current)
        {
            if (!_last.TryGetValue(id, out var before) || before.State != entry.State)
                changed.Add(entry.Uid);
        }

        foreach (var (id, entry) in _last)
        {
            if (!current.ContainsKey(id))
                changed.Add(entry.Uid);
        }

        _last = current;
        return changed;
    }
}
