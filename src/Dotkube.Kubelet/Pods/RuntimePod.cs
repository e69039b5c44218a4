using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// What the runtime has of one pod (upstream's kubecontainer.PodStatus): its sandboxes, newest
/// first, with the newest one's status, and every container with its full status, newest first.
/// </summary>
public sealed record RuntimePod(string Uid, IReadOnlyList<PodSandbox> Sandboxes, PodSandboxStatus? SandboxStatus,
    IReadOnlyList<ContainerStatus> Containers)
{
    public static RuntimePod Empty(string uid) => new(uid, [], null, []);

    public bool IsEmpty => Sandboxes.Count == 0 && Containers.Count == 0;

    public PodSandbox? LatestSandbox => Sandboxes.Count > 0 ? Sandboxes[0] : null;

    /// <summary>The newest container of that name (in any sandbox), or null.</summary>
    public ContainerStatus? Latest(string name) => Containers.FirstOrDefault(c => c.Metadata.Name == name);

    /// <summary>The container before the newest one of that name, for lastState.</summary>
    public ContainerStatus? Previous(string name) => Containers.Where(c => c.Metadata.Name == name).Skip(1).FirstOrDefault();

    public IEnumerable<ContainerStatus> Running => Containers.Where(c => c.State == ContainerState.ContainerRunning);

    /// <summary>The pod's IPs from its newest sandbox (empty before the network is up).</summary>
    public IReadOnlyList<string> PodIPs
    {
        get
        {
            if (SandboxStatus?.Network is not { } network || string.IsNullOrEmpty(network.Ip))
                return [];
            return [network.Ip, .. network.AdditionalIps.Select(ip => ip.Ip)];
        }
    }
}
