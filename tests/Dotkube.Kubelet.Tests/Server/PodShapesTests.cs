using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>
/// E2E on containerd, seen through real kubectl: containers of one pod share its network, a failed
/// init container fails a pod that never restarts, and OnFailure lets a pod that exits 0 complete.
/// </summary>
public sealed class PodShapesTests(KubeletApiFixture fixture) : IClassFixture<KubeletApiFixture>
{
    private const string Ns = "default";
    private const string Busybox = "docker.io/library/busybox:1.36";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Two_containers_of_a_pod_talk_over_localhost()
    {
        var pair = await CreateAsync("pair", "Always", [], [
            Container("server", "mkdir -p /www && echo from-the-server > /www/index.html && exec httpd -f -p 8080 -h /www"),
            Container("client", "until wget -qO- http://localhost:8080/index.html; do sleep 0.2; done; exec sleep 3600"),
        ]);
        await fixture.Node.WaitForAsync(pair, p => p.Status.Phase == "Running", "Running");

        var logs = "";
        await Eventually.HoldsAsync(async () => (logs = (await fixture.Kubectl.RunAsync("logs", "pair", "-c", "client")).Stdout).Length > 0,
            Timeout, "the client container's fetch shows in its log");
        Assert.Equal("from-the-server\n", logs);
        await fixture.Node.DeletePodAsync(Ns, "pair");
    }

    [Fact]
    public async Task A_failing_init_container_with_restart_policy_Never_fails_the_pod_as_Init_Error()
    {
        var pod = await CreateAsync("init-fails", "Never", [Container("setup", "echo setting up; exit 1")], [Container("main", "exec sleep 3600")]);

        var failed = await fixture.Node.WaitForAsync(pod, p => p.Status.Phase == "Failed", "Failed");
        var init = failed.Status.InitContainerStatuses!.Single().State.Terminated;
        Assert.Equal(("Error", 1), (init?.Reason, init?.ExitCode ?? -1));
        Assert.Null(failed.Status.ContainerStatuses!.Single().State.Running);
        Assert.Equal("Init:Error", await StatusColumnAsync("init-fails"));
        await fixture.Node.DeletePodAsync(Ns, "init-fails");
    }

    [Fact]
    public async Task A_container_that_exits_0_with_restart_policy_OnFailure_completes_the_pod()
    {
        var pod = await CreateAsync("job-like", "OnFailure", [], [Container("main", "echo done; exit 0")]);

        var done = await fixture.Node.WaitForAsync(pod, p => p.Status.Phase == "Succeeded", "Succeeded");
        var main = done.Status.ContainerStatuses!.Single();
        Assert.Equal(("Completed", 0, 0), (main.State.Terminated?.Reason, main.State.Terminated?.ExitCode ?? -1, main.RestartCount));
        Assert.Equal("Completed", await StatusColumnAsync("job-like"));
        await fixture.Node.DeletePodAsync(Ns, "job-like");
    }

    /// <summary>The STATUS column of <c>kubectl get pod</c>, as the server's table prints it.</summary>
    private async Task<string> StatusColumnAsync(string name)
    {
        var get = await fixture.Kubectl.RunAsync("get", "pod", name, "--no-headers");
        Assert.True(get.Code == 0, get.Stderr);
        return get.Stdout.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
    }

    private static Container Container(string name, string script) => new() { Name = name, Image = Busybox, Command = ["sh", "-c", script] };

    private async Task<Pod> CreateAsync(string name, string restartPolicy, List<Container> init, List<Container> containers) =>
        await fixture.Node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = Ns },
            Spec = new PodSpec
            {
                NodeName = PodNodeFixture.NodeName, RestartPolicy = restartPolicy, TerminationGracePeriodSeconds = 1,
                InitContainers = init.Count > 0 ? init : null, Containers = containers,
            },
        });
}
