namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecurityContext of a container; its fields win over the pod's <see cref="PodSecurityContext"/>.</summary>
public sealed class SecurityContext
{
    public Capabilities? Capabilities { get; set; }

    public bool? Privileged { get; set; }

    public SELinuxOptions? SeLinuxOptions { get; set; }

    public WindowsSecurityContextOptions? WindowsOptions { get; set; }

    public long? RunAsUser { get; set; }

    public long? RunAsGroup { get; set; }

    public bool? RunAsNonRoot { get; set; }

    public bool? ReadOnlyRootFilesystem { get; set; }

    public bool? AllowPrivilegeEscalation { get; set; }

    /// <summary>One of <see cref="ProcMountType"/>.</summary>
    public string? ProcMount { get; set; }

    public SeccompProfile? SeccompProfile { get; set; }

    public AppArmorProfile? AppArmorProfile { get; set; }
}
