namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeMountStatus: how a mount was actually made (IfPossible resolved to Enabled or Disabled).</summary>
public sealed class VolumeMountStatus
{
    public string Name { get; set; } = "";

    public string MountPath { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? RecursiveReadOnly { get; set; }
}
