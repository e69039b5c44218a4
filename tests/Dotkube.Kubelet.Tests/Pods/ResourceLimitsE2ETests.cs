using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>E2E: memory and cpu limits reach the container's cgroup, and a container over its memory limit is OOMKilled.</summary>
public sealed class ResourceLimitsE2ETests(PodNodeFixture node) : IClassFixture<PodNodeFixture>
{
    private const string Ns = "default";

    [Fact]
    public async Task A_container_that_allocates_64Mi_under_a_16Mi_limit_is_OOMKilled_with_exit_code_137()
    {
        // dd's 64 MiB block is a buffer it fills from /dev/zero: real, touched memory. It is the container's main
        // process (exec): a killed child alone would leave reason OOMKilled with the shell's own exit code.
        // It starts after a second: containerd 1.6's shim watches a container's cgroup for OOM only once
        // the task has started, so a process killed within its first milliseconds exits with no OOM event
        // and reads as reason Error (upstream's kubelet sees the same).
        var pod = await CreateAsync("oom", "Never", "sleep 1; exec dd if=/dev/zero of=/dev/null bs=64M count=1",
            new ResourceRequirements { Limits = new() { ["memory"] = Quantity.Parse("16Mi") } });

        var failed = await node.WaitForAsync(pod, p => p.Status.Phase == "Failed", "Failed");
        var terminated = failed.Status.ContainerStatuses!.Single().State.Terminated;
        Assert.Equal(("OOMKilled", 137), (terminated?.Reason, terminated?.ExitCode ?? -1));
        await node.DeletePodAsync(Ns, "oom");
    }

    [Fact]
    public async Task Cpu_requests_and_limits_are_the_containers_cgroup_shares_and_CFS_quota()
    {
        var pod = await CreateAsync("cpu", "Always", "exec sleep 3600", new ResourceRequirements
        {
            Requests = new() { ["cpu"] = Quantity.Parse("250m"), ["memory"] = Quantity.Parse("32Mi") },
            Limits = new() { ["cpu"] = Quantity.Parse("500m"), ["memory"] = Quantity.Parse("64Mi") },
        });
        var running = await node.WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Running is not null, "running");
        var id = running.Status.ContainerStatuses!.Single().ContainerID!.Split("://")[1];
        var cgroup = $"kubepods/burstable/pod{running.Metadata.Uid}/{id}";

        if (File.Exists("/sys/fs/cgroup/cgroup.controllers"))
        {
            // cgroup v2: runc writes "quota period" and converts shares 256 to weight 1 + (256 - 2) * 9999 / 262142.
            Assert.Equal("50000 100000", Read($"/sys/fs/cgroup/{cgroup}/cpu.max"));
            Assert.Equal("10", Read($"/sys/fs/cgroup/{cgroup}/cpu.weight"));
            Assert.Equal((64L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture), Read($"/sys/fs/cgroup/{cgroup}/memory.max"));
        }
        else
        {
            Assert.Equal(("50000", "100000"), (Read($"/sys/fs/cgroup/cpu/{cgroup}/cpu.cfs_quota_us"), Read($"/sys/fs/cgroup/cpu/{cgroup}/cpu.cfs_period_us")));
            Assert.Equal("256", Read($"/sys/fs/cgroup/cpu/{cgroup}/cpu.shares"));
            Assert.Equal((64L << 20).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Read($"/sys/fs/cgroup/memory/{cgroup}/memory.limit_in_bytes"));
        }

        await node.DeletePodAsync(Ns, "cpu");
    }

    [Fact]
    public async Task A_pod_that_asks_more_cpu_than_the_node_has_is_rejected_OutOfcpu_and_never_started()
    {
        var pod = await CreateAsync("too-big", "Always", "exec sleep 3600",
            new ResourceRequirements { Requests = new() { ["cpu"] = Quantity.Parse("1000") } });

        var rejected = await node.WaitForAsync(pod, p => p.Status.Phase == "Failed", "Failed");
        Assert.Equal(("OutOfcpu", $"Pod was rejected: Node didn't have enough resource: cpu, requested: 1000000, used: 0, capacity: {Environment.ProcessorCount * 1000}"),
            (rejected.Status.Reason, rejected.Status.Message));
        Assert.Null(rejected.Status.ContainerStatuses);
        Assert.Empty(await node.SandboxesOfAsync(rejected.Metadata.Uid!));
        await node.WaitForEventAsync(Ns, "too-big", e => e is { Type: "Warning", Reason: "OutOfcpu" });
        await node.DeletePodAsync(Ns, "too-big");
    }

    private static string Read(string path) => File.ReadAllText(path).Trim();

    private Task<Pod> CreateAsync(string name, string restartPolicy, string script, ResourceRequirements resources) =>
        node.CreateShellPodAsync(Ns, name, restartPolicy, script, resources);
}
