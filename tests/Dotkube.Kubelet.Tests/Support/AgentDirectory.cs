using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Tests.Support;

/// <summary>A temp agent data dir; disposing unmounts whatever containerd left under it and removes it.</summary>
public sealed class AgentDirectory : IDisposable
{
    // Short, under /tmp: containerd's socket path must fit a unix socket address.
    public string Path { get; } = Directory.CreateTempSubdirectory("dotkube-agent-").FullName;

    public void Dispose()
    {
        Mounts.UnmountUnder(Path);
        Directory.Delete(Path, recursive: true);
    }
}
