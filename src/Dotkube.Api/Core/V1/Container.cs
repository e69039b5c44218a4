using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>A single container of a pod: the image to run, its command, environment, ports, resources and health checks.</summary>
/// <remarks>core/v1 Container: one application container of a pod (also used for init containers).</remarks>
public class Container
{
    /// <summary>The container's name, a DNS label unique within the pod. Required and immutable.</summary>
    public string Name { get; set; } = "";

    /// <summary>The container image to run, e.g. busybox:1.36.</summary>
    /// <remarks>Optional here so that workload templates can leave it to defaulting or admission.</remarks>
    public string? Image { get; set; }

    /// <summary>The entrypoint, replacing the image's ENTRYPOINT; $(VAR) references to the container's environment are expanded. Not run in a shell.</summary>
    public List<string>? Command { get; set; }

    /// <summary>Arguments to the entrypoint, replacing the image's CMD; $(VAR) references are expanded.</summary>
    public List<string>? Args { get; set; }

    /// <summary>The directory the process starts in; the image's default when empty.</summary>
    public string? WorkingDir { get; set; }

    /// <summary>Network ports the container listens on. Listing a port is informational; any port the container opens is reachable.</summary>
    /// <remarks>A list-map keyed by containerPort and protocol; strategic merge uses containerPort alone.</remarks>
    [PatchStrategy("merge")]
    [PatchMergeKey("containerPort")]
    public List<ContainerPort>? Ports { get; set; }

    /// <summary>Sources (ConfigMaps, Secrets) whose keys all become environment variables; explicit env entries win on conflicts.</summary>
    public List<EnvFromSource>? EnvFrom { get; set; }

    /// <summary>Environment variables set in the container.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<EnvVar>? Env { get; set; }

    /// <summary>The compute resources (CPU, memory) the container requests and the limits it may not exceed.</summary>
    /// <remarks>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</remarks>
    public ResourceRequirements Resources { get; set => field = value ?? new(); } = new();

    /// <summary>How the container reacts when its CPU or memory resources are resized in place.</summary>
    public List<ContainerResizePolicy>? ResizePolicy { get; set; }

    /// <summary>Only for init containers: Always turns the init container into a sidecar that keeps running alongside the main containers.</summary>
    /// <remarks>Only "Always", and only on init containers (sidecars).</remarks>
    public string? RestartPolicy { get; set; }

    /// <summary>Pod volumes mounted into this container's filesystem.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("mountPath")]
    public List<VolumeMount>? VolumeMounts { get; set; }

    /// <summary>Block volumes of the pod exposed to this container as devices.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("devicePath")]
    public List<VolumeDevice>? VolumeDevices { get; set; }

    /// <summary>Checks that the container is alive; the kubelet restarts it after repeated failures.</summary>
    public Probe? LivenessProbe { get; set; }

    /// <summary>Checks that the container can serve; a failing container is removed from Service endpoints.</summary>
    public Probe? ReadinessProbe { get; set; }

    /// <summary>Checks that the container has started; other probes wait until it succeeds, and the container is restarted if it never does.</summary>
    public Probe? StartupProbe { get; set; }

    /// <summary>Actions the kubelet runs right after the container starts and just before it stops.</summary>
    public Lifecycle? Lifecycle { get; set; }

    /// <summary>The file in the container whose contents become the termination message when the container exits. Defaults to /dev/termination-log. Immutable.</summary>
    /// <remarks>Defaulted to <see cref="Dotkube.Api.Core.V1.TerminationMessagePolicy.DefaultPath"/> upstream.</remarks>
    public string? TerminationMessagePath { get; set; }

    /// <summary>Where the termination message comes from: File (only the message file) or FallbackToLogsOnError (the end of the log, if the file is empty and the container failed). Defaults to File.</summary>
    /// <remarks>Defaulted to File upstream.</remarks>
    public string? TerminationMessagePolicy { get; set; }

    /// <summary>When to pull the image: Always, IfNotPresent or Never. Defaults to Always for the :latest tag or no tag, and IfNotPresent otherwise.</summary>
    /// <remarks>One of <see cref="PullPolicy"/>; defaulted from the image tag upstream.</remarks>
    public string? ImagePullPolicy { get; set; }

    /// <summary>Security settings for this container (user, capabilities, privilege); they override the pod-level ones.</summary>
    public SecurityContext? SecurityContext { get; set; }

    /// <summary>Keep a stdin buffer open for the container, for attach.</summary>
    public bool? Stdin { get; set; }

    /// <summary>Close stdin after the first attach session ends.</summary>
    public bool? StdinOnce { get; set; }

    /// <summary>Allocate a terminal for the container (usually with stdin).</summary>
    public bool? Tty { get; set; }
}
