namespace Dotkube.Api.Core.V1;

/// <summary>Where and how one of the pod's volumes appears in a container's file system.</summary>
/// <remarks>core/v1 VolumeMount: where a pod volume appears in a container.</remarks>
public sealed class VolumeMount
{
    /// <summary>The name of the pod volume to mount. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary>Mount the volume read-only. Defaults to false.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>Whether a read-only mount is also read-only in all mounts beneath it: Disabled (the default), IfPossible or Enabled. Requires readOnly.</summary>
    /// <remarks>Disabled, IfPossible or Enabled; only meaningful with readOnly.</remarks>
    public string? RecursiveReadOnly { get; set; }

    /// <summary>The path in the container where the volume is mounted. It must not contain ':'. Required.</summary>
    public string MountPath { get; set; } = "";

    /// <summary>A path within the volume to mount instead of its root. Defaults to the root.</summary>
    public string? SubPath { get; set; }

    /// <summary>How mounts are shared between the host and the container: None (the default), HostToContainer or Bidirectional.</summary>
    /// <remarks>One of <see cref="MountPropagationMode"/>; None when unset.</remarks>
    public string? MountPropagation { get; set; }

    /// <summary>Like subPath, but $(VAR) references to the container's environment variables are expanded. Cannot be combined with subPath.</summary>
    public string? SubPathExpr { get; set; }
}
