using System.Collections.Concurrent;
using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

internal sealed partial class PodWorker
{
    /// <summary>The postStart hooks a sync waits on, by pod uid, so the pod's deletion can stop the wait.</summary>
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _postStarts = new(StringComparer.Ordinal);

    /// <summary>
    /// The pod is being deleted: a sync waiting on one of its postStart hooks stops waiting (as
    /// upstream cancels the sync of a pod that starts terminating), so a hook that never ends
    /// does not hold the deletion up; the termination then stops the container.
    /// </summary>
    public void PodTerminating(string uid)
    {
        if (!_postStarts.TryGetValue(uid, out var waiting))
            return;
        LogPostStartAbandoned(_logger, uid);
        try
        {
            waiting.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The hook finished meanwhile.
        }
    }

    /// <summary>
    /// As upstream: the sync waits for the postStart hook, so the container shows Running only
    /// after it; a failed hook kills the container ("FailedPostStartHook") and its waiting reason
    /// is PostStartHookError, after which the restart policy decides as for any exit.
    /// </summary>
    private async Task RunPostStartAsync(Pod pod, Container container, LifecycleHandler postStart, string id, IReadOnlyList<string> podIPs,
        CancellationToken ct)
    {
        string? failure;
        using (var hook = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            _postStarts[pod.Uid()] = hook;
            // Deleted before the hook began: registered first, so a deletion seen from now on cancels it anyway.
            if (_pods(pod.Uid())?.Metadata.DeletionTimestamp is not null)
                await hook.CancelAsync();
            try
            {
                failure = await _hooks.RunAsync(postStart, pod, container, id, podIPs, hook.Token);
            }
            catch (Exception) when (hook.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return;
            }
            finally
            {
                _postStarts.TryRemove(KeyValuePair.Create(pod.Uid(), hook));
            }

            if (hook.IsCancellationRequested && !ct.IsCancellationRequested)
                return; // the pod is being deleted: its termination stops the container
        }

        if (failure is null)
            return;
        LogPostStartFailed(_logger, pod.Namespace(), pod.Name(), container.Name, failure);
        // As upstream, the event leaves the hook's output out: it may hold secrets.
        _config.Warn(pod, "FailedPostStartHook", "PostStartHook failed");
        await _stopper.StopAsync(pod, container, id, pod.GracePeriodSeconds(_options.DefaultGracePeriodSeconds), "FailedPostStartHook", podIPs, ct);
        throw new ContainerStartException("PostStartHookError", failure);
    }
}
