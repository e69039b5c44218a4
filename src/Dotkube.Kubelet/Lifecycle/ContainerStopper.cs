using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Pods;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Lifecycle;

/// <summary>
/// Stops one running container, as upstream's killContainer: a Normal "Killing" event; the
/// preStop hook, if any and the grace period is above 0, given at most the grace period (its
/// failure a Warning "FailedPreStopHook" event, and the stop goes on); then CRI StopContainer
/// (SIGTERM, SIGKILL at the end) with what is left of the grace period in whole seconds, but
/// never less than 2 s so a container always gets a chance to shut down.
/// </summary>
public sealed partial class ContainerStopper(RuntimeServiceClient runtime, HookRunner hooks, EventRecorder? events, TimeProvider time, ILogger logger)
{
    /// <summary>As upstream's minimumGracePeriodInSeconds.</summary>
    public const long MinimumGracePeriodSeconds = 2;

    /// <param name="pod">The container's pod; null when the API no longer has it (no events then).</param>
    /// <param name="container">The container's spec, for its preStop hook; null if unknown.</param>
    /// <param name="message">The Killing event's message; "Stopping container NAME" by default.</param>
    /// <param name="podIPs">Where an httpGet preStop without a host goes.</param>
    public async Task StopAsync(Pod? pod, Container? container, string containerId, long gracePeriodSeconds, string? message,
        IReadOnlyList<string> podIPs, CancellationToken ct)
    {
        if (pod is not null && container is not null)
            events?.Event(pod, EventType.Normal, "Killing", message ?? $"Stopping container {container.Name}");
        var grace = gracePeriodSeconds;
        if (pod is not null && container?.Lifecycle?.PreStop is { } preStop && grace > 0)
            grace -= await RunPreStopAsync(preStop, pod, container, containerId, grace, podIPs, ct);
        grace = Math.Max(grace, MinimumGracePeriodSeconds);
        LogStopping(logger, pod?.Namespace() ?? "", pod?.Name() ?? "", containerId, grace);
        try
        {
            await runtime.StopContainerAsync(containerId, grace, ct);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
        }
    }

    /// <summary>Runs the hook for at most the grace period; returns the whole seconds it took. The hook may go on after that, unwatched.</summary>
    private async Task<long> RunPreStopAsync(LifecycleHandler preStop, Pod pod, Container container, string containerId, long grace,
        IReadOnlyList<string> podIPs, CancellationToken ct)
    {
        var start = time.GetTimestamp();
        var hook = RunAndReportAsync(preStop, pod, container, containerId, podIPs, ct);
        try
        {
            await hook.WaitAsync(TimeSpan.FromSeconds(grace), time, ct);
        }
        catch (TimeoutException)
        {
            LogPreStopTimedOut(logger, pod.Namespace(), pod.Name(), container.Name, grace);
        }

        // As upstream, the grace period shrinks by whole seconds only.
        return (long)time.GetElapsedTime(start).TotalSeconds;
    }

    private async Task RunAndReportAsync(LifecycleHandler preStop, Pod pod, Container container, string containerId, IReadOnlyList<string> podIPs,
        CancellationToken ct)
    {
        string? failure;
        try
        {
            failure = await hooks.RunAsync(preStop, pod, container, containerId, podIPs, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (failure is null)
            return;
        LogPreStopFailed(logger, pod.Namespace(), pod.Name(), container.Name, failure);
        // As upstream, the event leaves the hook's output out: it may hold secrets.
        events?.Event(pod, EventType.Warning, "FailedPreStopHook", "PreStopHook failed");
    }
}
