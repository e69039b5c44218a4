using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Linux;
using Dotkube.Kubelet.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Kubelet.Tests.Containerd;

/// <summary>E2E: our own containerd (Debian's 1.6) in a temp data dir, on its own socket. Needs root.</summary>
public sealed class ContainerdSupervisorTests
{
    [Fact]
    public async Task The_supervised_containerd_answers_cri_and_leaves_nothing_behind_when_stopped()
    {
        NodeRequirements.RequireContainerd();
        int pid;
        using (var agent = new AgentDirectory())
        {
            await using (var supervisor = await Supervisors.StartAsync(agent.Path))
            {
                pid = supervisor.ProcessId ?? throw new InvalidOperationException("no containerd pid after start");
                using var runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = supervisor.Endpoint });
                using var images = new ImageServiceClient(new CriClientOptions { Endpoint = supervisor.Endpoint });

                var version = await runtime.VersionAsync();
                Assert.Equal(("containerd", "v1"), (version.RuntimeName, version.RuntimeApiVersion));

                var conditions = (await runtime.StatusAsync()).Status.Conditions.ToDictionary(c => c.Type);
                Assert.True(conditions["RuntimeReady"].Status);
                // No CNI config in our conf dir yet: containerd says so, as it will until the agent writes one.
                Assert.False(conditions["NetworkReady"].Status);
                Assert.Equal("NetworkPluginNotReady", conditions["NetworkReady"].Reason);

                Assert.Empty(await images.ListImagesAsync());
                var imageFs = Assert.Single((await images.ImageFsInfoAsync()).ImageFilesystems);
                Assert.StartsWith(agent.Path, imageFs.FsId.Mountpoint, StringComparison.Ordinal);
                Assert.Empty(await runtime.ListPodSandboxAsync());
                Assert.Equal(Snapshotters.Overlayfs, supervisor.Snapshotter);
            }

            Assert.False(Processes.IsAlive(pid), $"containerd (pid {pid}) still runs after StopAsync");
            Assert.Empty(Mounts.Under(agent.Path));
            Assert.False(File.Exists(Path.Combine(agent.Path, "run", "containerd.pid")));
        }
    }

    [Fact]
    public async Task A_containerd_that_dies_is_restarted()
    {
        NodeRequirements.RequireContainerd();
        using var agent = new AgentDirectory();
        await using var supervisor = await Supervisors.StartAsync(agent.Path);
        var first = supervisor.ProcessId!.Value;

        Processes.ForceKill(first);

        await Eventually.HoldsAsync(() => Task.FromResult(supervisor.Restarts == 1 && supervisor.ProcessId is not null),
            TimeSpan.FromSeconds(30), "containerd is restarted once");
        Assert.NotEqual(first, supervisor.ProcessId);
        using var runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = supervisor.Endpoint });
        Assert.Equal("containerd", (await runtime.VersionAsync()).RuntimeName);
    }

    [Fact]
    public async Task A_containerd_left_by_a_killed_agent_is_replaced()
    {
        NodeRequirements.RequireContainerd();
        using var agent = new AgentDirectory();
        await (await Supervisors.StartAsync(agent.Path)).DisposeAsync();

        // What a kill -9 of the agent leaves: its containerd still running, its pid in the pid file.
        using var leftover = LeftoverContainerd.Start(agent.Path);
        await using var supervisor = await Supervisors.StartAsync(agent.Path);

        Assert.True(leftover.HasExited, "the previous agent's containerd still runs");
        Assert.NotEqual(leftover.Id, supervisor.ProcessId);
        using var runtime = new RuntimeServiceClient(new CriClientOptions { Endpoint = supervisor.Endpoint });
        Assert.Equal("containerd", (await runtime.VersionAsync()).RuntimeName);
    }

    [Fact]
    public async Task An_external_endpoint_is_used_as_it_is()
    {
        NodeRequirements.RequireContainerd();
        using var agent = new AgentDirectory();
        await using var supervisor = await Supervisors.StartAsync(agent.Path);

        await using var runtime = await ContainerRuntime.StartAsync(new ContainerdOptions { ContainerRuntimeEndpoint = supervisor.Endpoint },
            NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Null(runtime.Supervisor);
        Assert.Equal(supervisor.Endpoint, runtime.Endpoint);
    }
}
