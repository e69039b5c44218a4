using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Probes;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// The pod status the kubelet reports after a sync, as upstream's generateAPIPodStatus: container
/// statuses from the runtime (started and ready from the probes when given), the phase from them,
/// the kubelet's conditions, pod and host IPs and the start time (kept once set).
/// </summary>
public static class PodStatusBuilder
{
    public static PodStatus Build(Pod pod, RuntimePod runtime, IReadOnlyDictionary<string, ContainerWaiting> waiting,
        IReadOnlyList<string> hostIPs, string runtimeName, DateTimeOffset now, bool podIsTerminal = false, ProbeManager? probes = null)
    {
        var old = pod.Status;
        var hasInit = pod.Spec.InitContainers is { Count: > 0 };
        var defaultWaiting = hasInit ? "PodInitializing" : "ContainerCreating";
        var initStatuses = ContainerStatuses.For(pod.Spec.InitContainers ?? [], runtime, waiting, defaultWaiting, runtimeName);
        var statuses = ContainerStatuses.For(pod.Spec.Containers, runtime, waiting, defaultWaiting, runtimeName);
        probes?.UpdateContainerStatuses(pod.Metadata.Uid ?? "", initStatuses, statuses);
        var phase = PodPhases.Of(pod.Spec, initStatuses, statuses, podIsTerminal);
        // As upstream's status manager: a terminal phase is never left again.
        if (PodPhases.IsTerminal(old.Phase))
            phase = old.Phase!;

        var oldConditions = old.Conditions ?? [];
        var containersReady = PodConditions.ContainersReadyCondition(pod.Spec, statuses, phase);
        var sandboxUp = runtime.SandboxStatus is { State: Cri.V1.PodSandboxState.SandboxReady }
                        && (pod.Spec.HostNetwork == true || runtime.PodIPs.Count > 0);
        PodCondition[] computed =
        [
            PodConditions.ReadyToStartContainers(sandboxUp),
            PodConditions.InitializedCondition(pod.Spec, initStatuses, phase),
            PodConditions.ReadyCondition(pod.Spec, containersReady, oldConditions),
            containersReady,
            PodConditions.Scheduled(oldConditions),
        ];

        var podIPs = pod.Spec.HostNetwork == true ? hostIPs : runtime.PodIPs;
        if (podIPs.Count == 0 && old.PodIPs is { Count: > 0 } oldIPs)
            podIPs = [.. oldIPs.Select(ip => ip.IP)]; // a stopped sandbox has no IP any more: keep the one reported
        return new PodStatus
        {
            Phase = phase,
            Conditions = PodConditions.Merge(oldConditions, computed, now),
            Message = old.Message,
            Reason = old.Reason,
            NominatedNodeName = old.NominatedNodeName,
            HostIP = hostIPs[0],
            HostIPs = [.. hostIPs.Select(ip => new HostIP { IP = ip })],
            PodIP = podIPs.Count > 0 ? podIPs[0] : null,
            PodIPs = podIPs.Count > 0 ? [.. podIPs.Select(ip => new PodIP { IP = ip })] : null,
            StartTime = old.StartTime ?? now,
            InitContainerStatuses = hasInit ? initStatuses : null,
            ContainerStatuses = statuses,
            QosClass = QosClasses.Of(pod),
        };
    }
}
