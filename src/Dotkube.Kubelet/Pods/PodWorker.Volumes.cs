using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Pods;

internal sealed partial class PodWorker
{
    /// <summary>
    /// How soon a pod whose volumes or container config failed is synced again: upstream's pod
    /// worker back-off (10 s), or the sync frequency when that is shorter.
    /// </summary>
    private TimeSpan ConfigRetry => _options.SyncFrequency < TimeSpan.FromSeconds(10) ? _options.SyncFrequency : TimeSpan.FromSeconds(10);

    /// <summary>
    /// Reads the objects the pod refers to and sets up (or refreshes) its volumes, as upstream's
    /// WaitForAttachAndMount before SyncPod; each failed volume gets a FailedMount event.
    /// </summary>
    private async Task<ContainerSources> PrepareAsync(Pod pod, CancellationToken ct)
    {
        var objects = await PodObjects.FetchAsync(_config.Client, pod, ct);
        var volumes = await _config.Volumes.SetUpAsync(pod, objects, ct);
        foreach (var (volume, error) in volumes.Failures)
            _config.Warn(pod, "FailedMount", $"MountVolume.SetUp failed for volume \"{volume}\" : {error}");
        return new ContainerSources
        {
            Objects = objects,
            Services = _config.Services(),
            Allocatable = _options.Allocatable(),
            Volumes = volumes,
            Warn = (reason, message) => _config.Warn(pod, reason, message),
        };
    }

    /// <summary>The container's CRI config; a config error becomes CreateContainerConfigError with upstream's "Failed" event.</summary>
    private Cri.V1.ContainerConfig ConfigFor(Pod pod, Api.Core.V1.Container container, int restartCount, string image, IReadOnlyList<string> podIPs,
        ContainerSources sources)
    {
        try
        {
            return ContainerConfigs.For(pod, container, restartCount, image, podIPs, _options, sources);
        }
        catch (ContainerConfigException e)
        {
            sources.Warn("Failed", "Error: " + e.Message);
            throw new ContainerStartException(ContainerConfigException.Reason, e.Message, ConfigRetry, e);
        }
    }
}
