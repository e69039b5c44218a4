namespace Dotkube.Kubelet.Node;

/// <summary>
/// Reads the host's /proc, /sys and /etc files the node status is built from, under a root
/// directory: "/" on a real node, a temp directory of fake files in tests.
/// </summary>
public sealed class HostFiles(string root = "/")
{
    public static HostFiles Host { get; } = new();

    public string Root { get; } = root;

    /// <summary>The trimmed content of <paramref name="absolutePath"/> under the root, or null when it is missing or unreadable.</summary>
    public string? Read(string absolutePath)
    {
        try
        {
            return File.ReadAllText(Path.Combine(Root, absolutePath.TrimStart('/'))).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first of <paramref name="absolutePaths"/> with non-empty content, or "".</summary>
    public string ReadFirst(params string[] absolutePaths) =>
        absolutePaths.Select(Read).FirstOrDefault(text => !string.IsNullOrEmpty(text)) ?? "";
}
