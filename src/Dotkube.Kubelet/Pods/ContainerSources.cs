using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Volumes;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// What a container's environment and mounts are made from besides the pod: the ConfigMaps and
/// Secrets it refers to, the cluster's services (for service links), the node's allocatable (for
/// resourceFieldRef without a limit), the pod's set-up volumes, and where warnings go (events).
/// </summary>
public sealed class ContainerSources
{
    public static ContainerSources None { get; } = new();

    public PodObjects Objects { get; init; } = PodObjects.Empty;

    public IReadOnlyList<Service> Services { get; init; } = [];

    public IReadOnlyDictionary<string, Quantity> Allocatable { get; init; } = new Dictionary<string, Quantity>();

    public PodVolumes Volumes { get; init; } = PodVolumes.None;

    /// <summary>Records a Warning event about the pod: (reason, message).</summary>
    public Action<string, string> Warn { get; init; } = (_, _) => { };
}
