using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Cri.V1;
using Protocol = Dotkube.Kubelet.Cri.V1.Protocol;

namespace Dotkube.Kubelet.Pods;

/// <summary>A pod's CRI sandbox config, as upstream's generatePodSandboxConfig.</summary>
internal static class SandboxConfigs
{
    public static PodSandboxConfig For(Pod pod, uint attempt, PodManagerOptions options, string hostResolvConf)
    {
        var config = new PodSandboxConfig
        {
            Metadata = new PodSandboxMetadata { Name = pod.Name(), Namespace = pod.Namespace(), Uid = pod.Uid(), Attempt = attempt },
            Hostname = Hostname(pod),
            LogDirectory = PodNames.LogDirectory(options.PodLogsRoot, pod.Namespace(), pod.Name(), pod.Uid()),
            DnsConfig = DnsConfigs.For(pod, options.ClusterDns, options.ClusterDomain, hostResolvConf),
            Linux = new LinuxPodSandboxConfig
            {
                CgroupParent = QosClasses.CgroupParent(pod, options.CgroupRoot),
                SecurityContext = SecurityContexts.ForSandbox(pod),
            },
        };
        config.Labels.Add(RuntimeLabels.ForSandbox(pod));
        config.Annotations.Add(pod.Metadata.Annotations ?? []);
        foreach (var sysctl in pod.Spec.SecurityContext?.Sysctls ?? [])
            config.Linux.Sysctls[sysctl.Name] = sysctl.Value;
        config.PortMappings.AddRange(PortMappings(pod));
        return config;
    }

    /// <summary>spec.hostname or the pod's name, cut to 63 characters as upstream (a trailing '-' or '.' dropped).</summary>
    public static string Hostname(Pod pod)
    {
        if (pod.Spec.HostNetwork == true)
            return ""; // the node's own hostname
        var name = string.IsNullOrEmpty(pod.Spec.Hostname) ? pod.Name() : pod.Spec.Hostname;
        return name.Length <= 63 ? name : name[..63].TrimEnd('-', '.');
    }

    /// <summary>Every container port with a hostPort, for the portmap CNI plugin.</summary>
    public static IEnumerable<PortMapping> PortMappings(Pod pod) =>
        from container in pod.Spec.Containers
        from port in container.Ports ?? []
        where port.HostPort is > 0
        select new PortMapping
        {
            Protocol = port.Protocol switch { "UDP" => Protocol.Udp, "SCTP" => Protocol.Sctp, _ => Protocol.Tcp },
            ContainerPort = port.Port,
            HostPort = port.HostPort ?? 0,
            HostIp = port.HostIP ?? "",
        };
}
