namespace Dotkube.Api.Core.V1;

/// <summary>How /proc is mounted in a container.</summary>
public static class ProcMountType
{
    public const string Default = "Default";
    public const string Unmasked = "Unmasked";
}
