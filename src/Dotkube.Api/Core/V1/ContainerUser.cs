namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerUser: the identity of the container's first process (Windows is reserved upstream).</summary>
public sealed class ContainerUser
{
    public LinuxContainerUser? Linux { get; set; }
}
