using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

internal sealed partial class PodWorker
{
    /// <summary>
    /// A pod being deleted, as upstream's termination: every container stopped with the grace
    /// period (SIGTERM, SIGKILL at its end), the sandbox stopped (CNI gives the IP back), containers
    /// and sandboxes removed, the final status written, then the object deleted with grace 0.
    /// </summary>
    private async Task TerminateAsync(Pod pod, RuntimePod runtime, CancellationToken ct)
    {
        var grace = pod.GracePeriodSeconds(_options.DefaultGracePeriodSeconds);
        LogTerminating(_logger, pod.Namespace(), pod.Name(), grace);
        await KillPodAsync(pod, runtime, grace, ct);
        runtime = await _inspector.InspectAsync(pod.Uid(), ct);
        // Remove before the terminal status: the API server may finish the deletion of a terminal pod at once.
        await RemoveAllAsync(runtime, ct);
        DeleteLogDirectory(pod.Namespace(), pod.Name(), pod.Uid());
        _config.Volumes.TearDown(pod.Uid(), removePodDirectory: true);
        var status = PodStatusBuilder.Build(pod, runtime, new Dictionary<string, ContainerWaiting>(), _options.NodeIPs, RuntimeName,
            _time.GetUtcNow(), podIsTerminal: true);
        await _status.SetAsync(pod, status, ct);
        _backoff.ForgetPrefix(pod.Uid() + "/");
        await _status.DeletePodAsync(pod, ct);
    }

    /// <summary>What runs of a pod the API no longer has (deleted while we were away, or forcibly) goes.</summary>
    private async Task RemoveOrphanAsync(RuntimePod runtime, CancellationToken ct)
    {
        var labels = runtime.Sandboxes.Select(s => s.Labels).FirstOrDefault() ?? runtime.Containers.Select(c => c.Labels).First();
        var (ns, name) = (labels.GetValueOrDefault(RuntimeLabels.PodNamespace) ?? "", labels.GetValueOrDefault(RuntimeLabels.PodName) ?? "");
        var grace = runtime.Containers
            .Select(c => c.Annotations.GetValueOrDefault(RuntimeLabels.PodTerminationGracePeriod))
            .Select(text => long.TryParse(text, CultureInfo.InvariantCulture, out var seconds) ? seconds : _options.DefaultGracePeriodSeconds)
            .DefaultIfEmpty(_options.DefaultGracePeriodSeconds).Max();
        LogRemovingOrphan(_logger, ns, name, runtime.Uid);
        await KillPodAsync(null, runtime, grace, ct);
        await RemoveAllAsync(runtime, ct);
        DeleteLogDirectory(ns, name, runtime.Uid);
        _config.Volumes.TearDown(runtime.Uid, removePodDirectory: true);
    }

    /// <summary>Stops every running container at once (each with its preStop hook) with the grace period, then every ready sandbox.</summary>
    private async Task KillPodAsync(Pod? pod, RuntimePod runtime, long gracePeriodSeconds, CancellationToken ct)
    {
        await Task.WhenAll(runtime.Running.Select(c => StopContainerAsync(pod, runtime, c.Id, gracePeriodSeconds, null, ct)));
        await StopSandboxesAsync(runtime, ct);
    }

    /// <summary>Stops one container of the pod (see <see cref="Lifecycle.ContainerStopper"/>); <paramref name="pod"/> is null for a pod the API no longer has.</summary>
    private Task StopContainerAsync(Pod? pod, RuntimePod runtime, string id, long gracePeriodSeconds, string? message, CancellationToken ct)
    {
        var name = runtime.Containers.FirstOrDefault(c => c.Id == id)?.Metadata.Name;
        var spec = pod?.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).FirstOrDefault(c => c.Name == name);
        var podIPs = pod?.Spec.HostNetwork == true ? _options.NodeIPs : runtime.PodIPs;
        return _stopper.StopAsync(pod, spec, id, gracePeriodSeconds, message, podIPs, ct);
    }

    private async Task StopSandboxesAsync(RuntimePod runtime, CancellationToken ct)
    {
        foreach (var sandbox in runtime.Sandboxes.Where(s => s.State == PodSandboxState.SandboxReady))
        {
            await IgnoreNotFoundAsync(() => _runtime.StopPodSandboxAsync(sandbox.Id, ct));
            LogSandboxStopped(_logger, sandbox.Metadata.Namespace, sandbox.Metadata.Name, sandbox.Id);
        }
    }

    private async Task RemoveAllAsync(RuntimePod runtime, CancellationToken ct)
    {
        foreach (var container in runtime.Containers)
            await IgnoreNotFoundAsync(() => _runtime.RemoveContainerAsync(container.Id, ct));
        foreach (var sandbox in runtime.Sandboxes)
        {
            // Stop first even if it looks stopped: StopPodSandbox is what tears the CNI network down.
            await IgnoreNotFoundAsync(() => _runtime.StopPodSandboxAsync(sandbox.Id, ct));
            await IgnoreNotFoundAsync(() => _runtime.RemovePodSandboxAsync(sandbox.Id, ct));
        }
    }

    private void DeleteLogDirectory(string ns, string name, string uid)
    {
        var directory = PodNames.LogDirectory(_options.PodLogsRoot, ns, name, uid);
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    private static async Task IgnoreNotFoundAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
        }
    }
}
