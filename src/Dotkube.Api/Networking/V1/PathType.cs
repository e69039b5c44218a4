namespace Dotkube.Api.Networking.V1;

/// <summary>Values of HTTPIngressPath.pathType.</summary>
public static class PathType
{
    /// <summary>Case-sensitive exact match of the URL path.</summary>
    public const string Exact = "Exact";

    /// <summary>Element-wise prefix match on '/'-separated segments: /foo/bar matches /foo/bar/baz, not /foo/barbaz.</summary>
    public const string Prefix = "Prefix";

    public const string ImplementationSpecific = "ImplementationSpecific";
}
