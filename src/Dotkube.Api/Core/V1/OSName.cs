namespace Dotkube.Api.Core.V1;

/// <summary>Operating systems a pod can declare in spec.os.name.</summary>
public static class OSName
{
    public const string Linux = "linux";
    public const string Windows = "windows";
}
