using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>A pod's phase from its container statuses, by upstream's getPhase (pkg/kubelet/kubelet_pods.go).</summary>
public static class PodPhases
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    public static bool IsTerminal(string? phase) => phase is Succeeded or Failed;

    /// <param name="podIsTerminal">True when the kubelet will not restart anything any more (the pod is being
    /// torn down for good), so stopped containers end the pod whatever its restart policy.</param>
    public static string Of(PodSpec spec, IReadOnlyList<ContainerStatus> initStatuses, IReadOnlyList<ContainerStatus> statuses,
        bool podIsTerminal = false)
    {
        var restartPolicy = spec.RestartPolicy ?? "Always";
        var (pendingInit, failedInit) = CountInit(spec, initStatuses);
        if (failedInit > 0 && restartPolicy == "Never")
            return Failed;

        int unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0;
        foreach (var container in spec.Containers)
        {
            var status = statuses.FirstOrDefault(s => s.Name == container.Name);
            if (status is null)
            {
                unknown++;
            }
            else if (status.State.Running is not null)
            {
                running++;
            }
            else if (status.State.Terminated is { } terminated)
            {
                stopped++;
                if (terminated.ExitCode == 0)
                    succeeded++;
            }
            else if (status.LastTerminationState.Terminated is not null)
            {
                // Waiting to restart after having run: it counts as stopped, as upstream.
                stopped++;
            }
            else
            {
                waiting++;
            }
        }

        if (pendingInit > 0 || waiting > 0)
            return Pending;
        if (running > 0 && unknown == 0)
            return Running;
        if (running == 0 && stopped > 0 && unknown == 0)
            return AllStopped(restartPolicy, stopped == succeeded, podIsTerminal);
        return Pending;
    }

    private static string AllStopped(string restartPolicy, bool allSucceeded, bool podIsTerminal)
    {
        if (podIsTerminal)
            return allSucceeded ? Succeeded : Failed;
        if (restartPolicy == "Always")
            return Running; // every container is on its way to a restart
        if (allSucceeded)
            return Succeeded;
        return restartPolicy == "Never" ? Failed : Running; // OnFailure: the failed ones restart
    }

    private static (int Pending, int Failed) CountInit(PodSpec spec, IReadOnlyList<ContainerStatus> initStatuses)
    {
        int pending = 0, failed = 0;
        foreach (var container in spec.InitContainers ?? [])
        {
            var status = initStatuses.FirstOrDefault(s => s.Name == container.Name);
            if (status?.State.Terminated is { } terminated)
            {
                if (terminated.ExitCode != 0)
                    failed++;
            }
            else if (status?.State.Waiting is not null && status.LastTerminationState.Terminated is { ExitCode: not 0 })
            {
                failed++;
            }
            else
            {
                pending++;
            }
        }

        return (pending, failed);
    }
}
