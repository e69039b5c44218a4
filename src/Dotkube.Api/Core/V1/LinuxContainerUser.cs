namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LinuxContainerUser; uid and gid are always written.</summary>
public sealed class LinuxContainerUser
{
    public long UID { get; set; }

    public long GID { get; set; }

    public List<long>? SupplementalGroups { get; set; }
}
