namespace Dotkube.Scheduler.Framework;

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

    /// <summary>A node's images by normalized name with their sizes (upstream NodeInfo.ImageStates); the first size listed wins.</summary>
    public static IReadOnlyDictionary<string, long> SizesOn(Api.Core.V1.Node node)
    {
        if (node.Status.Images is not { Count: > 0 } images)
            return Empty;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            foreach (var name in image.Names)
                sizes.TryAdd(Normalize(name), image.SizeBytes ?? 0);
        }

        return sizes;
    }

    private static readonly Dictionary<string, long> Empty = new(StringComparer.Ordinal);
}
