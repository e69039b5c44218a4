using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Container: one application container of a pod (also used for init containers).</summary>
public class Container
{
    /// <summary>The container's name, a DNS label unique within the pod. Required and immutable.</summary>
    public string Name { get; set; } = "";

    /// <summary>The image to run, e.g. busybox:1.36. Optional here so that workload templates can leave it to defaulting or admission.</summary>
    public string? Image { get; set; }

    /// <summary>The entrypoint, replacing the image's ENTRYPOINT; $(VAR) references to the container's environment are expanded. Not run in a shell.</summary>
    public List<string>? Command { get; set; }

    /// <summary>Arguments to the entrypoint, replacing the image's CMD; $(VAR) references are expanded.</summary>
    public List<string>? Args { get; set; }

    /// <summary>The directory the process starts in; the image's default when empty.</summary>
    public string? WorkingDir { get; set; }

    /// <summary>A list-map keyed by containerPort and protocol; strategic merge uses containerPort alone.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("containerPort")]
    public List<ContainerPort>? Ports { get; set; }

    /// <summary>Sources (ConfigMaps, Secrets) whose keys all become environment variables; explicit env entries win on conflicts.</summary>
    public List<EnvFromSource>? EnvFrom { get; set; }

    /// <summary>Environment variables set in the container.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<EnvVar>? Env { get; set; }

    /// <summary>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public ResourceRequirements Resources { get; set => field = value ?? new(); } = new();

    /// <summary>How the container reacts when its CPU or memory resources are resized in place.</summary>
    public List<ContainerResizePolicy>? ResizePolicy { get; set; }

    /// <summary>Only "Always", and only on init containers (sidecars).</summary>
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

    /// <summary>Defaulted to <see cref="Dotkube.Api.Core.V1.TerminationMessagePolicy.DefaultPath"/> upstream.</summary>
    public string? TerminationMessagePath { get; set; }

    /// <summary>Defaulted to File upstream.</summary>
    public string? TerminationMessagePolicy { get; set; }

    /// <summary>One of <see cref="PullPolicy"/>; defaulted from the image tag upstream.</summary>
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
