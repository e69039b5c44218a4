using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Cri.V1;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// Pod and container security contexts as CRI's, as upstream's security context conversion:
/// namespaces from hostNetwork/hostPID/hostIPC/shareProcessNamespace, the user and group (the
/// container's over the pod's), privileged, read-only root, capabilities, no_new_privs and, for
/// unprivileged containers, upstream's default masked and read-only /proc and /sys paths.
/// </summary>
internal static class SecurityContexts
{
    private static readonly string[] MaskedPaths =
    [
        "/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
        "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap",
    ];

    private static readonly string[] ReadonlyPaths = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];

    public static LinuxSandboxSecurityContext ForSandbox(Pod pod)
    {
        var podContext = pod.Spec.SecurityContext;
        var context = new LinuxSandboxSecurityContext
        {
            NamespaceOptions = Namespaces(pod.Spec),
            RunAsUser = podContext?.RunAsUser is { } user ? new Int64Value { Value = user } : null,
            RunAsGroup = podContext?.RunAsGroup is { } group ? new Int64Value { Value = group } : null,
            Privileged = pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).Any(c => c.SecurityContext?.Privileged == true),
        };
        context.SupplementalGroups.AddRange(podContext?.SupplementalGroups ?? []);
        if (podContext?.FsGroup is { } fsGroup)
            context.SupplementalGroups.Add(fsGroup);
        return context;
    }

    public static LinuxContainerSecurityContext ForContainer(Pod pod, Container container)
    {
        var podContext = pod.Spec.SecurityContext;
        var own = container.SecurityContext;
        var privileged = own?.Privileged == true;
        var context = new LinuxContainerSecurityContext
        {
            NamespaceOptions = Namespaces(pod.Spec),
            Privileged = privileged,
            ReadonlyRootfs = own?.ReadOnlyRootFilesystem == true,
            RunAsUser = (own?.RunAsUser ?? podContext?.RunAsUser) is { } user ? new Int64Value { Value = user } : null,
            RunAsGroup = (own?.RunAsGroup ?? podContext?.RunAsGroup) is { } group ? new Int64Value { Value = group } : null,
            NoNewPrivs = own?.AllowPrivilegeEscalation == false,
        };
        if (own?.Capabilities is { } capabilities)
        {
            context.Capabilities = new Capability();
            context.Capabilities.AddCapabilities.AddRange(capabilities.Add ?? []);
            context.Capabilities.DropCapabilities.AddRange(capabilities.Drop ?? []);
        }

        context.SupplementalGroups.AddRange(podContext?.SupplementalGroups ?? []);
        if (podContext?.FsGroup is { } fsGroup)
            context.SupplementalGroups.Add(fsGroup);
        if (!privileged && own?.ProcMount != "Unmasked")
        {
            context.MaskedPaths.AddRange(MaskedPaths);
            context.ReadonlyPaths.AddRange(ReadonlyPaths);
        }

        return context;
    }

    private static NamespaceOption Namespaces(PodSpec spec) => new()
    {
        Network = spec.HostNetwork == true ? NamespaceMode.Node : NamespaceMode.Pod,
        Pid = spec.HostPID == true ? NamespaceMode.Node : spec.ShareProcessNamespace == true ? NamespaceMode.Pod : NamespaceMode.Container,
        Ipc = spec.HostIPC == true ? NamespaceMode.Node : NamespaceMode.Pod,
    };
}
