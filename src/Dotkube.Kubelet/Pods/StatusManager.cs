using System.Collections.Concurrent;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Writes pod statuses to the API server, as upstream's status manager: a status equal to what
/// the API shows (or to what was last written and is still on its way through the watch) is not
/// written again; a write is a merge patch of the status with the pod's uid, so it never lands on
/// a new pod of the same name; and once a pod is gone, <see cref="DeletePodAsync"/> removes the
/// object with grace period 0 and a uid precondition.
/// </summary>
public sealed partial class StatusManager(KubeClient client, ILogger logger)
{
    private readonly ConcurrentDictionary<string, string> _lastWritten = new();

    /// <summary>Writes <paramref name="status"/> unless it is what the pod shows already; returns whether it wrote.</summary>
    public async Task<bool> SetAsync(Pod pod, PodStatus status, CancellationToken ct)
    {
        var json = Encoding.UTF8.GetString(KubeJson.Serialize(status));
        var uid = pod.Uid();
        if (json == Encoding.UTF8.GetString(KubeJson.Serialize(pod.Status))
            || (_lastWritten.TryGetValue(uid, out var last) && last == json))
            return false;

        // Differs from upstream, which sends a strategic merge patch (old to new, conditions merged by type):
        // this merge patch replaces the status's lists whole, so a condition another writer adds between
        // our read and this write is lost.
        var patch = $"{{\"metadata\":{{\"uid\":\"{uid}\"}},\"status\":{json}}}";
        try
        {
            await client.PatchAsync<Pod>(pod.Namespace(), pod.Name(), PatchType.Merge, patch, subresource: "status", ct: ct);
        }
        catch (ApiStatusException e) when (e.IsNotFound || e.IsConflict)
        {
            // Gone, or replaced by a pod of the same name: the informer brings the news.
            return false;
        }

        _lastWritten[uid] = json;
        LogStatusWritten(logger, pod.Namespace(), pod.Name(), status.Phase);
        return true;
    }

    /// <summary>The final delete once the pod's containers and sandbox are gone: grace period 0, only this uid.</summary>
    public async Task DeletePodAsync(Pod pod, CancellationToken ct)
    {
        var options = new Api.Meta.DeleteOptions { GracePeriodSeconds = 0, Preconditions = new Api.Meta.Preconditions { Uid = pod.Uid() } };
        try
        {
            await client.DeleteAsync<Pod>(pod.Namespace(), pod.Name(), options, ct);
            LogPodDeleted(logger, pod.Namespace(), pod.Name());
        }
        catch (ApiStatusException e) when (e.IsNotFound || e.IsConflict)
        {
        }

        Forget(pod.Uid());
    }

    public void Forget(string uid) => _lastWritten.TryRemove(uid, out _);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wrote status of pod {Namespace}/{Name}: {Phase}")]
    private static partial void LogStatusWritten(ILogger logger, string @namespace, string name, string? phase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted pod {Namespace}/{Name} after its containers stopped")]
    private static partial void LogPodDeleted(ILogger logger, string @namespace, string name);
}
