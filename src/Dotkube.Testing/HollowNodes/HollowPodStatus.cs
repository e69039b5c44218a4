using Dotkube.Api.Core.V1;

namespace Dotkube.Testing.HollowNodes;

/// <summary>The pod status a kubelet would report for each <see cref="HollowPodFate"/>.</summary>
internal static class HollowPodStatus
{
    /// <summary>True when the pod already shows what <paramref name="fate"/> leads to, so no write is needed.</summary>
    public static bool Shows(Pod pod, HollowPodFate fate)
    {
        var status = pod.Status;
        var ready = status?.Conditions?.FirstOrDefault(c => c.Type == "Ready")?.Status;
        return fate switch
        {
            HollowPodFate.Ready => status?.Phase == "Running" && ready == "True" && status.PodIP is not null,
            HollowPodFate.NeverReady => status?.Phase == "Running" && ready == "False" && status.PodIP is not null,
            HollowPodFate.ImagePullFails => status?.Phase == "Pending" && status.ContainerStatuses is { Count: > 0 },
            HollowPodFate.Succeeds => status?.Phase == "Succeeded",
            HollowPodFate.Fails => status?.Phase == "Failed",
            _ => false,
        };
    }

    public static PodStatus For(Pod pod, HollowPodFate fate, HollowNode node, DateTimeOffset now)
    {
        var names = pod.Spec.Containers.Select(c => c.Name).ToList();
        var unready = $"containers with unready status: [{string.Join(" ", names)}]";
        var started = pod.Status?.StartTime ?? now;
        var podIp = pod.Status?.PodIP ?? (pod.Spec.HostNetwork == true ? node.HostIp : node.NextPodIp());
        var (phase, ready, reason, message) = fate switch
        {
            HollowPodFate.Ready => ("Running", true, null, null),
            HollowPodFate.NeverReady => ("Running", false, "ContainersNotReady", unready),
            HollowPodFate.ImagePullFails => ("Pending", false, "ContainersNotReady", unready),
            HollowPodFate.Succeeds => ("Succeeded", false, "PodCompleted", null),
            _ => ("Failed", false, "PodFailed", null),
        };
        return new PodStatus
        {
            Phase = phase,
            HostIP = node.HostIp,
            HostIPs = [new HostIP { IP = node.HostIp }],
            PodIP = podIp,
            PodIPs = [new PodIP { IP = podIp }],
            StartTime = started,
            QosClass = pod.Status?.QosClass,
            Conditions =
            [
                Condition("PodReadyToStartContainers", true, null, null, now),
                Condition("Initialized", true, null, null, now),
                Condition("Ready", ready, reason, message, now),
                Condition("ContainersReady", ready, reason, message, now),
                Condition("PodScheduled", true, null, null, now),
            ],
            ContainerStatuses = [.. pod.Spec.Containers.Select(c => Container(pod, c, fate, ready, started, now))],
        };
    }

    private static ContainerStatus Container(Pod pod, Container container, HollowPodFate fate, bool ready, DateTimeOffset started,
        DateTimeOffset now)
    {
        var id = $"hollow://{pod.Metadata.Uid}/{container.Name}";
        var state = fate switch
        {
            HollowPodFate.ImagePullFails => new ContainerState
            {
                Waiting = new ContainerStateWaiting
                {
                    Reason = "ErrImagePull",
                    Message = $"failed to pull image \"{container.Image}\": hollow nodes pull nothing",
                },
            },
            HollowPodFate.Succeeds or HollowPodFate.Fails => new ContainerState
            {
                Terminated = new ContainerStateTerminated
                {
                    ExitCode = fate == HollowPodFate.Succeeds ? 0 : 1,
                    Reason = fate == HollowPodFate.Succeeds ? "Completed" : "Error",
                    StartedAt = started,
                    FinishedAt = now,
                    ContainerID = id,
                },
            },
            _ => new ContainerState { Running = new ContainerStateRunning { StartedAt = started } },
        };
        var pulled = fate != HollowPodFate.ImagePullFails;
        return new ContainerStatus
        {
            Name = container.Name,
            Image = container.Image ?? "",
            ImageID = pulled ? $"hollow://{container.Image}" : "",
            ContainerID = pulled ? id : null,
            Ready = ready,
            Started = fate is HollowPodFate.Ready or HollowPodFate.NeverReady,
            RestartCount = 0,
            State = state,
        };
    }

    private static PodCondition Condition(string type, bool status, string? reason, string? message, DateTimeOffset now) =>
        new() { Type = type, Status = status ? "True" : "False", Reason = reason, Message = message, LastTransitionTime = now };
}
