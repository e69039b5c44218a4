namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeMount: where a pod volume appears in a container.</summary>
public sealed class VolumeMount
{
    public string Name { get; set; } = "";

    public bool? ReadOnly { get; set; }

    /// <summary>Disabled, IfPossible or Enabled; only meaningful with readOnly.</summary>
    public string? RecursiveReadOnly { get; set; }

    public string MountPath { get; set; } = "";

    public string? SubPath { get; set; }

    /// <summary>One of <see cref="MountPropagationMode"/>; None when unset.</summary>
    public string? MountPropagation { get; set; }

    public string? SubPathExpr { get; set; }
}
