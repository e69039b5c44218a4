using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Probes;
using CriV1 = Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// What a sync must do to bring the runtime to the pod's spec, as upstream's computePodActions:
/// a new sandbox (killing what is left) when there is no ready one with its network; then the
/// next init container, one at a time, each to success; then the app containers that are not
/// running and should run per the restart policy, and running ones whose spec changed or whose
/// liveness or startup probe failed (restarted unless the restart policy is Never).
/// </summary>
public sealed record PodActions
{
    /// <summary>Stop every container and sandbox first (the sandbox is gone or broken, or the pod is done).</summary>
    public bool KillPod { get; init; }

    public bool CreateSandbox { get; init; }

    /// <summary>The new sandbox's attempt: one more than the newest existing one.</summary>
    public uint Attempt { get; init; }

    public Container? NextInitContainer { get; init; }

    public IReadOnlyList<Container> ContainersToStart { get; init; } = [];

    /// <summary>Running containers to stop (their spec changed, or a probe failed them).</summary>
    public IReadOnlyList<ContainerKill> ContainersToKill { get; init; } = [];

    public static PodActions Compute(Pod pod, RuntimePod runtime, ProbeManager? probes = null)
    {
        var restartPolicy = pod.Spec.RestartPolicy ?? "Always";
        var sandbox = runtime.SandboxStatus;
        var sandboxReady = sandbox is { State: CriV1.PodSandboxState.SandboxReady }
                           && (pod.Spec.HostNetwork == true || runtime.PodIPs.Count > 0);
        if (!sandboxReady)
        {
            var attempt = runtime.LatestSandbox is { } latest ? latest.Metadata.Attempt + 1 : 0u;
            // As upstream: a Never pod whose sandbox died after its containers ran is over, not restarted.
            if (restartPolicy == "Never" && attempt > 0 && runtime.Containers.Count > 0)
                return new PodActions { KillPod = runtime.Running.Any() || sandbox?.State == CriV1.PodSandboxState.SandboxReady };
            var startAll = pod.Spec.InitContainers is { Count: > 0 } inits
                ? new PodActions { NextInitContainer = inits[0] }
                : new PodActions { ContainersToStart = [.. pod.Spec.Containers.Where(c => ShouldRun(c, runtime, restartPolicy))] };
            return startAll with { KillPod = !runtime.IsEmpty, CreateSandbox = true, Attempt = attempt };
        }

        var (initDone, nextInit, initFailed) = NextInit(pod, runtime);
        if (!initDone)
        {
            if (initFailed && restartPolicy == "Never")
                return new PodActions { KillPod = true };
            return new PodActions { NextInitContainer = nextInit };
        }

        var toStart = new List<Container>();
        var toKill = new List<ContainerKill>();
        foreach (var container in pod.Spec.Containers)
        {
            var latest = runtime.Latest(container.Name);
            if (latest?.State == CriV1.ContainerState.ContainerRunning)
            {
                if (latest.Annotations.GetValueOrDefault(RuntimeLabels.ContainerHash) != ContainerHash.Of(container))
                {
                    toKill.Add(new ContainerKill(latest.Id, $"Container {container.Name} definition changed, will be restarted", null));
                    toStart.Add(container);
                }
                else if (probes?.FailedProbe(latest.Id) is { } failed)
                {
                    var restart = restartPolicy != "Never";
                    var message = $"Container {container.Name} failed {(failed == ProbeKind.Liveness ? "liveness" : "startup")} probe"
                                  + (restart ? ", will be restarted" : "");
                    // As upstream: a probe-level terminationGracePeriodSeconds overrides the pod's.
                    var probe = failed == ProbeKind.Liveness ? container.LivenessProbe : container.StartupProbe;
                    toKill.Add(new ContainerKill(latest.Id, message, probe?.TerminationGracePeriodSeconds));
                    if (restart)
                        toStart.Add(container);
                }
            }
            else if (ShouldRun(container, runtime, restartPolicy))
            {
                toStart.Add(container);
            }
        }

        return new PodActions { ContainersToStart = toStart, ContainersToKill = toKill };
    }

    /// <summary>Whether a container that does not run should be (re)started: never ran, or its restart policy says so.</summary>
    public static bool ShouldRun(Container container, RuntimePod runtime, string restartPolicy)
    {
        var latest = runtime.Latest(container.Name);
        if (latest is null || latest.State == CriV1.ContainerState.ContainerCreated)
            return true;
        if (latest.State == CriV1.ContainerState.ContainerRunning)
            return false;
        return restartPolicy switch
        {
            "Never" => false,
            "OnFailure" => latest.ExitCode != 0,
            _ => true,
        };
    }

    /// <summary>
    /// The init containers' progress: done when each has exited 0 (or an app container already
    /// ran: init is over for good); otherwise the one to start next, or null while one is running.
    /// </summary>
    private static (bool Done, Container? Next, bool Failed) NextInit(Pod pod, RuntimePod runtime)
    {
        if (pod.Spec.Containers.Any(c => runtime.Latest(c.Name) is not null))
            return (true, null, false);
        foreach (var container in pod.Spec.InitContainers ?? [])
        {
            var latest = runtime.Latest(container.Name);
            if (latest is null || latest.State == CriV1.ContainerState.ContainerCreated)
                return (false, container, false);
            if (latest.State == CriV1.ContainerState.ContainerRunning)
                return (false, null, false);
            if (latest.ExitCode != 0)
                return (false, container, true);
        }

        return (true, null, false);
    }
}

/// <summary>A running container a sync stops, why (upstream's kill message, also the "Killing" event), and the grace period if not the pod's.</summary>
public sealed record ContainerKill(string Id, string Message, long? GracePeriodSeconds);
