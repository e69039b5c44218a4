using Dotkube.Api.Core.V1;
using CriV1 = Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// API container statuses from the runtime's containers, as upstream's convertToAPIContainerStatuses:
/// the newest container of a name gives state, restartCount and ids, the one before it lastState;
/// a container with none is waiting (ContainerCreating, or PodInitializing while init containers
/// run); a container the last sync could not start shows that sync's waiting reason
/// (CrashLoopBackOff, ErrImagePull, ...) with its last termination as lastState.
/// </summary>
public static class ContainerStatuses
{
    public static List<ContainerStatus> For(IEnumerable<Container> containers, RuntimePod runtime,
        IReadOnlyDictionary<string, ContainerWaiting> waiting, string defaultWaitingReason, string runtimeName)
    {
        var statuses = new List<ContainerStatus>();
        foreach (var container in containers)
        {
            var latest = runtime.Latest(container.Name);
            var status = latest is null
                ? new ContainerStatus
                {
                    Name = container.Name,
                    Image = container.Image ?? "",
                    State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = defaultWaitingReason } },
                }
                : FromRuntime(container, latest, runtime.Previous(container.Name), runtimeName);
            if (status.State.Running is null && waiting.TryGetValue(container.Name, out var reason))
            {
                if (status.State.Terminated is { } terminated)
                    status.LastTerminationState = new ContainerState { Terminated = terminated };
                status.State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = reason.Reason, Message = reason.Message } };
            }

            statuses.Add(status);
        }

        return statuses;
    }

    private static ContainerStatus FromRuntime(Container container, CriV1.ContainerStatus latest, CriV1.ContainerStatus? previous, string runtimeName)
    {
        var id = $"{runtimeName}://{latest.Id}";
        var running = latest.State == CriV1.ContainerState.ContainerRunning;
        return new ContainerStatus
        {
            Name = container.Name,
            Image = string.IsNullOrEmpty(latest.Image?.Image) ? container.Image ?? "" : latest.Image.Image,
            ImageID = latest.ImageRef,
            ContainerID = id,
            RestartCount = RuntimeLabels.RestartCountOf(latest.Annotations),
            State = StateOf(latest, id),
            LastTerminationState = previous is null ? new ContainerState() : new ContainerState { Terminated = Terminated(previous, $"{runtimeName}://{previous.Id}") },
            // Without probes a running container is started and ready; ProbeManager.UpdateContainerStatuses refines both.
            Started = running,
            Ready = running,
        };
    }

    private static ContainerState StateOf(CriV1.ContainerStatus status, string id) => status.State switch
    {
        CriV1.ContainerState.ContainerRunning => new ContainerState { Running = new ContainerStateRunning { StartedAt = Time(status.StartedAt) } },
        CriV1.ContainerState.ContainerExited => new ContainerState { Terminated = Terminated(status, id) },
        CriV1.ContainerState.ContainerCreated => new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ContainerCreating" } },
        // As upstream: a container in an unknown state is reported terminated, as killed.
        _ => new ContainerState
        {
            Terminated = new ContainerStateTerminated
            {
                ExitCode = 137,
                Reason = "ContainerStatusUnknown",
                Message = "The container could not be located when the pod was terminated",
                ContainerID = id,
            },
        },
    };

    private static ContainerStateTerminated Terminated(CriV1.ContainerStatus status, string id) => new()
    {
        ExitCode = status.ExitCode,
        Reason = string.IsNullOrEmpty(status.Reason) ? (status.ExitCode == 0 ? "Completed" : "Error") : status.Reason,
        Message = string.IsNullOrEmpty(status.Message) ? null : status.Message,
        StartedAt = Time(status.StartedAt),
        FinishedAt = Time(status.FinishedAt),
        ContainerID = id,
    };

    /// <summary>A CRI timestamp (ns since the epoch) at the API's one-second precision.</summary>
    public static DateTimeOffset Time(long nanoseconds) => DateTimeOffset.FromUnixTimeSeconds(nanoseconds / 1_000_000_000);

    /// <summary>A CRI timestamp at full precision, for back-off arithmetic.</summary>
    public static DateTimeOffset PreciseTime(long nanoseconds) => DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100);
}

/// <summary>Why a container is not running after a sync (upstream's sync result reasons: CrashLoopBackOff, ErrImagePull, ...).</summary>
public sealed record ContainerWaiting(string Reason, string Message);
