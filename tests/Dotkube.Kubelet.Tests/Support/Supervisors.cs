using Dotkube.Kubelet.Containerd;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Kubelet.Tests.Support;

public static class Supervisors
{
    /// <summary>A supervisor for an agent dir, restarting after 100 ms so restart tests are quick.</summary>
    public static ContainerdSupervisor For(string dataDir) =>
        new(new ContainerdOptions { DataDir = dataDir, RestartBackoff = TimeSpan.FromMilliseconds(100) },
            NullLogger<ContainerdSupervisor>.Instance, TimeProvider.System);

    public static async Task<ContainerdSupervisor> StartAsync(string dataDir)
    {
        var supervisor = For(dataDir);
        await supervisor.StartAsync(CancellationToken.None);
        return supervisor;
    }
}
