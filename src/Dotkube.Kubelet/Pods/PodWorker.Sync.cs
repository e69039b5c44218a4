using Dotkube.Api.Core.V1;
using Dotkube.Api.Protobuf;
using Dotkube.Client.Runtime;
using Dotkube.Kubelet.Cri.V1;
using Container = Dotkube.Api.Core.V1.Container;
using ContainerState = Dotkube.Kubelet.Cri.V1.ContainerState;

namespace Dotkube.Kubelet.Pods;

internal sealed partial class PodWorker
{
    private async Task<ReconcileResult> SyncAsync(Pod pod, RuntimePod runtime, CancellationToken ct)
    {
        _probes.AddPod(pod);
        var actions = PodActions.Compute(pod, runtime, _probes);
        var waiting = new Dictionary<string, ContainerWaiting>();
        var retry = TimeSpan.Zero;
        if (actions.CreateSandbox && runtime.LatestSandbox is null)
        {
            // As upstream's SyncPod, the pod's status is written before anything slow starts (volumes,
            // CNI, image pulls): hostIP, the conditions and every container waiting ContainerCreating
            // (or PodInitializing) show in kubectl get at once instead of a bare Pending.
            await _status.SetAsync(pod, PodStatusBuilder.Build(pod, runtime, waiting, _options.NodeIPs, RuntimeName, _time.GetUtcNow(), probes: _probes), ct);
        }

        var sources = await PrepareAsync(pod, ct);
        var volumesReady = sources.Volumes.Ready; // as upstream, nothing starts before every volume was set up once
        if (!volumesReady)
            retry = ConfigRetry;
        if (actions.KillPod)
        {
            await KillPodAsync(pod, runtime, pod.GracePeriodSeconds(_options.DefaultGracePeriodSeconds), ct);
            runtime = await _inspector.InspectAsync(pod.Uid(), ct);
        }

        if (actions.CreateSandbox && volumesReady)
        {
            var created = SandboxConfigs.For(pod, actions.Attempt, _options, ReadHostResolvConf());
            Directory.CreateDirectory(created.LogDirectory);
            var id = await _runtime.RunPodSandboxAsync(created, "", ct);
            LogSandboxCreated(_logger, pod.Namespace(), pod.Name(), id, actions.Attempt);
            runtime = await _inspector.InspectAsync(pod.Uid(), ct);
        }

        foreach (var kill in actions.ContainersToKill)
        {
            LogKillingContainer(_logger, pod.Namespace(), pod.Name(), kill.Id, kill.Message);
            await StopContainerAsync(pod, runtime, kill.Id, kill.GracePeriodSeconds ?? pod.GracePeriodSeconds(_options.DefaultGracePeriodSeconds),
                kill.Message, ct);
        }

        if (volumesReady && runtime.LatestSandbox is { } sandbox && (actions.NextInitContainer is not null || actions.ContainersToStart.Count > 0))
        {
            var config = SandboxConfigs.For(pod, sandbox.Metadata.Attempt, _options, ReadHostResolvConf());
            var podIPs = pod.Spec.HostNetwork == true ? _options.NodeIPs : runtime.PodIPs;
            Container[] toStart = actions.NextInitContainer is { } init ? [init] : [.. actions.ContainersToStart];
            foreach (var container in toStart)
            {
                try
                {
                    await StartContainerAsync(pod, container, runtime, sandbox.Id, config, podIPs, sources, ct);
                }
                catch (ContainerStartException e)
                {
                    waiting[container.Name] = new ContainerWaiting(e.Reason, e.Message);
                    LogStartFailed(_logger, pod.Namespace(), pod.Name(), container.Name, e.Reason, e.Message);
                    if (e.RetryAfter > TimeSpan.Zero && (retry == TimeSpan.Zero || e.RetryAfter < retry))
                        retry = e.RetryAfter;
                }
            }

            runtime = await _inspector.InspectAsync(pod.Uid(), ct);
        }

        if (actions.ContainersToKill.Count > 0 && actions.ContainersToStart.Count == 0)
            runtime = await _inspector.InspectAsync(pod.Uid(), ct); // killed without a restart: report them stopped

        var status = PodStatusBuilder.Build(pod, runtime, waiting, _options.NodeIPs, RuntimeName, _time.GetUtcNow(), probes: _probes);
        _probes.SetStatus(pod, status);
        await _status.SetAsync(pod, status, ct);
        if (PodPhases.IsTerminal(status.Phase))
            await StopSandboxesAsync(runtime, ct); // as upstream, a finished pod gives its IP back; its containers stay for logs
        // Upstream's periodic resync: configMap, secret and downward API files follow their sources.
        if (sources.Volumes.Refreshes && !PodPhases.IsTerminal(status.Phase) && (retry == TimeSpan.Zero || retry > _options.SyncFrequency))
            retry = _options.SyncFrequency;
        return retry > TimeSpan.Zero ? ReconcileResult.After(retry) : ReconcileResult.Success;
    }

    private async Task StartContainerAsync(Pod pod, Container container, RuntimePod runtime, string sandboxId, PodSandboxConfig sandbox,
        IReadOnlyList<string> podIPs, ContainerSources sources, CancellationToken ct)
    {
        var latest = runtime.Latest(container.Name);
        var restartCount = latest is null ? 0 : RuntimeLabels.RestartCountOf(latest.Annotations) + 1;
        if (latest is { State: ContainerState.ContainerExited })
        {
            var key = pod.BackoffKey(container);
            var left = _backoff.Remaining(key, ContainerStatuses.PreciseTime(latest.FinishedAt));
            if (left > TimeSpan.Zero)
            {
                throw new ContainerStartException("CrashLoopBackOff",
                    $"back-off {GoDurationText.Format(_backoff.Delay(key))} restarting failed container={container.Name} pod={pod.FullName()}", left);
            }

            _backoff.Next(key);
        }

        var image = await _images.EnsureAsync(pod, container, sandbox, ct);
        Directory.CreateDirectory(Path.Combine(sandbox.LogDirectory, container.Name));
        var config = ConfigFor(pod, container, restartCount, image, podIPs, sources);
        string id;
        try
        {
            id = await _runtime.CreateContainerAsync(sandboxId, config, sandbox, ct);
        }
        catch (Grpc.RpcException e) when (!ct.IsCancellationRequested)
        {
            throw new ContainerStartException("CreateContainerError", e.Detail, TimeSpan.Zero, e);
        }

        try
        {
            await _runtime.StartContainerAsync(id, ct);
        }
        catch (Grpc.RpcException e) when (!ct.IsCancellationRequested)
        {
            throw new ContainerStartException("RunContainerError", e.Detail, TimeSpan.Zero, e);
        }

        LogContainerStarted(_logger, pod.Namespace(), pod.Name(), container.Name, id, restartCount);
        // As upstream's container GC keeps one dead container per name for `kubectl logs --previous`: older ones go.
        foreach (var old in runtime.Containers.Where(c => c.Metadata.Name == container.Name && c.State == ContainerState.ContainerExited).Skip(1))
            await IgnoreNotFoundAsync(() => _runtime.RemoveContainerAsync(old.Id, ct));
        if (container.Lifecycle?.PostStart is { } postStart)
            await RunPostStartAsync(pod, container, postStart, id, podIPs, ct);
    }
}
