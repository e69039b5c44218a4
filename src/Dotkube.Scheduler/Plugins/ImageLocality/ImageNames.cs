namespace Dotkube.Scheduler.Plugins.ImageLocality;

/// <summary>
/// Image reference normalization, so a pod's "busybox" matches a node's
/// "docker.io/library/busybox:latest". Upstream only appends ":latest" (and lists the missed
/// registry forms as a known gap); normalizing both sides as Docker references does that and
/// closes the gap.
/// </summary>
public static class ImageNames
{
    private const string DefaultDomain = "docker.io";

    /// <summary>The fully qualified form: registry, "library/" for official Docker Hub images, and ":latest" when neither tag nor digest is given.</summary>
    public static string Normalize(string image)
    {
        var digestAt = image.IndexOf('@', StringComparison.Ordinal);
        var name = digestAt < 0 ? image : image[..digestAt];
        var digest = digestAt < 0 ? "" : image[digestAt..];

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? "" : name[..slash];
        var hasDomain = first.Length > 0 && (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) ||
                                             first == "localhost");
        string domain, path;
        if (hasDomain)
        {
            domain = first == "index.docker.io" ? DefaultDomain : first;
            path = name[(slash + 1)..];
        }
        else
        {
            domain = DefaultDomain;
            path = name;
        }

        if (domain == DefaultDomain && !path.Contains('/', StringComparison.Ordinal))
            path = "library/" + path;
        var lastSlash = path.LastIndexOf('/');
        if (digest.Length == 0 && path.LastIndexOf(':') <= lastSlash)
            path += ":latest";
        return domain + "/" + path + digest;
    }
}
