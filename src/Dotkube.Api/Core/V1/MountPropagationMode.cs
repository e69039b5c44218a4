namespace Dotkube.Api.Core.V1;

/// <summary>How mounts propagate between host and container (private, rslave, rshared in Linux terms).</summary>
public static class MountPropagationMode
{
    public const string None = "None";
    public const string HostToContainer = "HostToContainer";
    public const string Bidirectional = "Bidirectional";
}
