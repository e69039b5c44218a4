using System.Globalization;
using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Printing;

internal static partial class Pods
{
    /// <summary>What the READY, STATUS and RESTARTS cells are made of.</summary>
    internal readonly record struct Summary(int Ready, int Total, string Reason, int Restarts, DateTimeOffset LastRestart);

    /// <summary>
    /// printPod's status logic, step for step: the phase (or status.reason, or SchedulingGated)
    /// is overridden by the first init container still working (Init:N/M, Init:Reason,
    /// Init:ExitCode:N), then by the containers' waiting or terminated reasons read last to
    /// first, then by deletion (Terminating, or Unknown for a NodeLost pod). Restartable init
    /// containers (sidecars) count towards READY and RESTARTS once the pod is initialized.
    /// </summary>
    internal static Summary Summarize(Pod pod)
    {
        var status = pod.Status;
        var restarts = 0;
        var sidecarRestarts = 0;
        var total = pod.Spec.Containers.Count;
        var ready = 0;
        var lastRestart = default(DateTimeOffset);
        var lastSidecarRestart = default(DateTimeOffset);

        var phase = status.Phase ?? "";
        var reason = string.IsNullOrEmpty(status.Reason) ? phase : status.Reason;
        if (status.Conditions?.Any(c => c.Type == "PodScheduled" && c.Reason == "SchedulingGated") == true)
        {
            reason = "SchedulingGated";
        }

        var initContainers = new Dictionary<string, Container>();
        foreach (var container in pod.Spec.InitContainers ?? [])
        {
            initContainers[container.Name] = container;
            if (IsSidecar(container))
            {
                total++;
            }
        }

        var initializing = false;
        var initStatuses = status.InitContainerStatuses ?? [];
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var container = initStatuses[i];
            var sidecar = IsSidecar(initContainers.GetValueOrDefault(container.Name));
            restarts += container.RestartCount;
            Later(ref lastRestart, container.LastTerminationState.Terminated);
            if (sidecar)
            {
                sidecarRestarts += container.RestartCount;
                Later(ref lastSidecarRestart, container.LastTerminationState.Terminated);
            }

            var terminated = container.State.Terminated;
            var waiting = container.State.Waiting;
            if (terminated is { ExitCode: 0 })
            {
                continue;
            }

            if (sidecar && container.Started == true)
            {
                if (container.Ready)
                {
                    ready++;
                }

                continue;
            }

            if (terminated is not null)
            {
                reason = "Init:" + (string.IsNullOrEmpty(terminated.Reason) ? ExitText(terminated) : terminated.Reason);
            }
            else if (!string.IsNullOrEmpty(waiting?.Reason) && waiting.Reason != "PodInitializing")
            {
                reason = "Init:" + waiting.Reason;
            }
            else
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"Init:{i}/{pod.Spec.InitContainers?.Count ?? 0}");
            }

            initializing = true;
            break;
        }

        if (!initializing || IsInitialized(status))
        {
            restarts = sidecarRestarts;
            lastRestart = lastSidecarRestart;
            var hasRunning = false;
            var statuses = status.ContainerStatuses ?? [];
            for (var i = statuses.Count - 1; i >= 0; i--)
            {
                var container = statuses[i];
                restarts += container.RestartCount;
                Later(ref lastRestart, container.LastTerminationState.Terminated);
                var state = container.State;
                if (!string.IsNullOrEmpty(state.Waiting?.Reason))
                {
                    reason = state.Waiting.Reason;
                }
                else if (state.Terminated is { } terminated)
                {
                    reason = string.IsNullOrEmpty(terminated.Reason) ? ExitText(terminated) : terminated.Reason;
                }
                else if (container.Ready && state.Running is not null)
                {
                    hasRunning = true;
                    ready++;
                }
            }

            // A pod whose last-listed container completed is still running if any other runs.
            if (reason == "Completed" && hasRunning)
            {
                reason = status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true ? "Running" : "NotReady";
            }
        }

        if (pod.Metadata.DeletionTimestamp is not null && status.Reason == "NodeLost")
        {
            reason = "Unknown";
        }
        else if (pod.Metadata.DeletionTimestamp is not null && phase is not ("Succeeded" or "Failed"))
        {
            reason = "Terminating";
        }

        return new Summary(ready, total, reason, restarts, lastRestart);
    }

    /// <summary>IsRestartableInitContainer: an init container with restartPolicy Always.</summary>
    private static bool IsSidecar(Container? container) => container?.RestartPolicy == "Always";

    private static string ExitText(ContainerStateTerminated terminated) =>
        terminated.Signal is { } signal and not 0
            ? string.Create(CultureInfo.InvariantCulture, $"Signal:{signal}")
            : string.Create(CultureInfo.InvariantCulture, $"ExitCode:{terminated.ExitCode}");

    private static void Later(ref DateTimeOffset latest, ContainerStateTerminated? terminated)
    {
        if (terminated is not null && latest < terminated.FinishedAt)
        {
            latest = terminated.FinishedAt;
        }
    }

    /// <summary>isPodInitializedConditionTrue: the first Initialized condition decides.</summary>
    private static bool IsInitialized(PodStatus status) =>
        status.Conditions?.FirstOrDefault(c => c.Type == "Initialized")?.Status == "True";
}
