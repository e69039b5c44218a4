using Dotkube.Kubelet.Containerd;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Tests.Containerd;

public sealed class ContainerdOutputTests
{
    [Theory]
    [InlineData("time=\"t\" level=info msg=\"loading plugin\"", LogLevel.Debug)]
    [InlineData("time=\"t\" level=warning msg=\"x\"", LogLevel.Warning)]
    [InlineData("time=\"t\" level=error msg=\"failed to load cni during init\"", LogLevel.Error)]
    [InlineData("time=\"t\" level=fatal msg=\"x\"", LogLevel.Error)]
    [InlineData("panic: runtime error", LogLevel.Information)]
    public void Containerd_lines_are_logged_at_their_level(string line, LogLevel level) =>
        Assert.Equal(level, ContainerdSupervisor.LevelOf(line));

    [Theory]
    [InlineData("time=\"2026-01-01T00:00:00Z\" level=info msg=\"serving...\"", "level=info msg=\"serving...\"")]
    [InlineData("level=info msg=x", "level=info msg=x")]
    public void Containerd_timestamps_are_dropped(string line, string logged) =>
        Assert.Equal(logged, ContainerdSupervisor.WithoutTimestamp(line));
}
