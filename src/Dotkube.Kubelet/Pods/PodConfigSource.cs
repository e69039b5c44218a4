using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Where pod workers read what a pod's containers are made from beyond the pod itself: the API
/// (ConfigMaps, Secrets, claims), the node's volumes, the service cache for service links, and
/// the event recorder for FailedMount and CreateContainerConfigError events.
/// </summary>
internal sealed class PodConfigSource(KubeClient client, VolumeManager volumes, Func<IReadOnlyList<Service>> services, EventRecorder? events)
{
    public KubeClient Client { get; } = client;

    public VolumeManager Volumes { get; } = volumes;

    public IReadOnlyList<Service> Services() => services();

    /// <summary>The node's event recorder; null in tests that do without events.</summary>
    public EventRecorder? Events { get; } = events;

    public void Warn(Pod pod, string reason, string message) => Events?.Event(pod, EventType.Warning, reason, message);
}
