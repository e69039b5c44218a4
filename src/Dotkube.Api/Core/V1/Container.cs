using Dotkube.Api.Schema;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 Container: one application container of a pod (also used for init containers).</summary>
public class Container
{
    public string Name { get; set; } = "";

    public string? Image { get; set; }

    public List<string>? Command { get; set; }

    public List<string>? Args { get; set; }

    public string? WorkingDir { get; set; }

    /// <summary>A list-map keyed by containerPort and protocol; strategic merge uses containerPort alone.</summary>
    [PatchStrategy("merge")]
    [PatchMergeKey("containerPort")]
    public List<ContainerPort>? Ports { get; set; }

    public List<EnvFromSource>? EnvFrom { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("name")]
    public List<EnvVar>? Env { get; set; }

    /// <summary>A non-pointer struct upstream, so always written (as <c>{}</c> when empty).</summary>
    public ResourceRequirements Resources { get; set => field = value ?? new(); } = new();

    public List<ContainerResizePolicy>? ResizePolicy { get; set; }

    /// <summary>Only "Always", and only on init containers (sidecars).</summary>
    public string? RestartPolicy { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("mountPath")]
    public List<VolumeMount>? VolumeMounts { get; set; }

    [PatchStrategy("merge")]
    [PatchMergeKey("devicePath")]
    public List<VolumeDevice>? VolumeDevices { get; set; }

    public Probe? LivenessProbe { get; set; }

    public Probe? ReadinessProbe { get; set; }

    public Probe? StartupProbe { get; set; }

    public Lifecycle? Lifecycle { get; set; }

    /// <summary>Defaulted to <see cref="Dotkube.Api.Core.V1.TerminationMessagePolicy.DefaultPath"/> upstream.</summary>
    public string? TerminationMessagePath { get; set; }

    /// <summary>Defaulted to File upstream.</summary>
    public string? TerminationMessagePolicy { get; set; }

    /// <summary>One of <see cref="PullPolicy"/>; defaulted from the image tag upstream.</summary>
    public string? ImagePullPolicy { get; set; }

    public SecurityContext? SecurityContext { get; set; }

    public bool? Stdin { get; set; }

    public bool? StdinOnce { get; set; }

    public bool? Tty { get; set; }
}
