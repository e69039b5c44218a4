namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 PodSecurityContext: pod-wide security settings and container defaults.</summary>
public sealed class PodSecurityContext
{
    public SELinuxOptions? SeLinuxOptions { get; set; }

    public WindowsSecurityContextOptions? WindowsOptions { get; set; }

    public long? RunAsUser { get; set; }

    public long? RunAsGroup { get; set; }

    public bool? RunAsNonRoot { get; set; }

    public List<long>? SupplementalGroups { get; set; }

    /// <summary>"Merge" (the default) or "Strict".</summary>
    public string? SupplementalGroupsPolicy { get; set; }

    public long? FsGroup { get; set; }

    public List<Sysctl>? Sysctls { get; set; }

    /// <summary>"OnRootMismatch" or "Always" (the default).</summary>
    public string? FsGroupChangePolicy { get; set; }

    public SeccompProfile? SeccompProfile { get; set; }

    public AppArmorProfile? AppArmorProfile { get; set; }

    /// <summary>"Recursive" (the default) or "MountOption"; alpha in v1.32 (SELinuxChangePolicy gate).</summary>
    public string? SeLinuxChangePolicy { get; set; }
}
