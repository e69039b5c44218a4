using Dotkube.Kubelet.Node;

namespace Dotkube.Kubelet.Tests.Node;

/// <summary>A temp directory of fake /proc, /sys and /etc files; deleted on dispose.</summary>
public sealed class FakeHost : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("dotkube-host-").FullName;

    public HostFiles Files => new(Root);

    public FakeHost With(string absolutePath, string content)
    {
        var path = Path.Combine(Root, absolutePath.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
