using Dotkube.Kubelet.Linux;

namespace Dotkube.Tests.Acceptance.Agent;

/// <summary>How an agent e2e test leaves the machine: `dotkube uninstall --data-dir` for what its agent started, then its temp dir.</summary>
public static class AgentCleanup
{
    /// <summary>
    /// Uninstalls <paramref name="dataDir"/> (our containerd, shims, containers, pod network with cni0, KUBE- chains,
    /// mounts) when it exists, then unmounts anything left under <paramref name="testDir"/> and deletes it.
    /// </summary>
    public static async Task UninstallAndDeleteAsync(string testDir, string dataDir)
    {
        if (Directory.Exists(dataDir))
            await ToolProcess.RunAsync(AcceptancePaths.DotnetHost, [AcceptancePaths.DotkubeDll, "uninstall", "--data-dir", dataDir],
                new ToolOptions { Timeout = TimeSpan.FromMinutes(2) });
        Mounts.UnmountUnder(testDir);
        Directory.Delete(testDir, recursive: true);
    }
}
