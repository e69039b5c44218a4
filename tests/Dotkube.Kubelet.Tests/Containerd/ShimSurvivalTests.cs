using Dotkube.Kubelet.Linux;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Containerd;

/// <summary>
/// E2E: containers outlive the containerd that started them, so restarting the agent never
/// restarts pods. A busybox container on a plain rootfs directory (ctr, no image needed).
/// </summary>
public sealed class ShimSurvivalTests
{
    private const string Id = "dotkube-survivor";

    [Fact]
    public async Task A_running_container_survives_a_containerd_stop_and_is_found_again_after_start()
    {
        NodeRequirements.RequireContainerd();
        using var agent = new AgentDirectory();
        var rootfs = Directory.CreateDirectory(Path.Combine(agent.Path, "rootfs", "bin")).Parent!.FullName;
        File.Copy("/bin/busybox", Path.Combine(rootfs, "bin", "busybox"));
        File.CreateSymbolicLink(Path.Combine(rootfs, "bin", "sleep"), "busybox");
        var ctr = new Ctr(Path.Combine(agent.Path, "run", "containerd", "containerd.sock"));

        var supervisor = await Supervisors.StartAsync(agent.Path);
        try
        {
            await ctr.RunAsync("run", "--detach", "--null-io", "--runc-root", Path.Combine(agent.Path, "run", "runc"),
                "--rootfs", rootfs, Id, "/bin/sleep", "600");
            var before = await ctr.TaskAsync(Id) ?? throw new InvalidOperationException("ctr run started no task");
            await supervisor.DisposeAsync();

            Assert.True(Processes.IsAlive(before.Pid), $"the container's process {before.Pid} died with containerd");

            supervisor = await Supervisors.StartAsync(agent.Path);
            Assert.Equal((before.Pid, "RUNNING"), await ctr.TaskAsync(Id));
        }
        finally
        {
            await ctr.RunAsync("task", "kill", "--signal", "SIGKILL", Id);
            await Eventually.HoldsAsync(async () => (await ctr.TaskAsync(Id))?.Status == "STOPPED", TimeSpan.FromSeconds(20), "the container stops");
            await ctr.RunAsync("task", "delete", Id);
            await ctr.RunAsync("container", "delete", Id);
            await supervisor.DisposeAsync();
        }
    }
}
