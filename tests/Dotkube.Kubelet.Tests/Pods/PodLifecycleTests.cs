using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>E2E: real pods on containerd through the <see cref="Kubelet.Pods.PodManager"/>, driven through the API as kubectl would.</summary>
public sealed class PodLifecycleTests(PodNodeFixture node) : IClassFixture<PodNodeFixture>
{
    private const string Ns = "default";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_web_pod_runs_with_an_IP_serves_the_host_survives_an_agent_restart_and_goes_away_when_deleted()
    {
        var pod = await CreateAsync("web", "Always", "echo hello-from-pod > /tmp/index.html && exec httpd -f -p 8080 -h /tmp");
        var running = await WaitForAsync(pod, p => p.Status.Phase == "Running" && p.Status.PodIP is not null
            && p.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true, "Running and Ready with a pod IP");

        var status = running.Status.ContainerStatuses!.Single();
        Assert.StartsWith("containerd://", status.ContainerID);
        Assert.NotNull(status.State.Running);
        Assert.Equal(PodNodeFixture.NodeIP, running.Status.HostIP);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? page = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                page = await http.GetStringAsync($"http://{running.Status.PodIP}:8080/index.html");
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, Timeout, "the pod's page answers from the host");
        Assert.Equal("hello-from-pod", page?.Trim());

        await node.RestartManagerAsync();
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few relists and syncs of the new manager
        var adopted = (await node.GetAsync(Ns, "web")).Status.ContainerStatuses!.Single();
        Assert.Equal((status.ContainerID, 0), (adopted.ContainerID, adopted.RestartCount));

        await node.Client.DeleteAsync<Pod>(Ns, "web", new DeleteOptions { GracePeriodSeconds = 5 });
        await Eventually.HoldsAsync(async () => !await ExistsAsync("web"), Timeout, "the deleted pod's object disappears");
        Assert.Empty(await node.SandboxesOfAsync(running.Metadata.Uid!));
    }

    [Fact]
    public async Task A_container_that_exits_0_with_restart_policy_Never_makes_the_pod_Succeeded()
    {
        var pod = await CreateAsync("done", "Never", "exit 0");
        var done = await WaitForAsync(pod, p => p.Status.Phase == "Succeeded", "Succeeded");
        var terminated = done.Status.ContainerStatuses!.Single().State.Terminated;
        Assert.Equal(("Completed", 0), (terminated?.Reason, terminated?.ExitCode ?? -1));
        Assert.Contains(done.Status.Conditions!, c => c.Type == "Ready" && c.Status == "False" && c.Reason == "PodCompleted");
        await DeleteAsync("done");
    }

    [Fact]
    public async Task A_container_that_exits_1_with_restart_policy_Always_goes_into_CrashLoopBackOff_with_a_rising_restart_count()
    {
        var pod = await CreateAsync("crash", "Always", "echo boom; exit 1");
        var backingOff = await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting?.Reason == "CrashLoopBackOff",
            "CrashLoopBackOff");
        var status = backingOff.Status.ContainerStatuses!.Single();
        Assert.Equal((1, "Error"), (status.LastTerminationState.Terminated?.ExitCode ?? -1, status.LastTerminationState.Terminated?.Reason));
        Assert.Equal("Running", backingOff.Status.Phase);
        await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.RestartCount >= 2, "restartCount reaches 2 after the back-off");
        await DeleteAsync("crash");
    }

    [Fact]
    public async Task The_first_status_shows_the_container_creating_on_its_host_before_it_runs()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var statuses = new List<PodStatus>();
        var watch = Task.Run(async () =>
        {
            var options = new Client.Rest.ListOptions { FieldSelector = "metadata.name=early" };
            await foreach (var e in node.Client.WatchAsync<Pod>(Ns, options, cts.Token))
            {
                if (e.Object?.Status.ContainerStatuses is not { Count: > 0 })
                    continue;
                statuses.Add(e.Object.Status);
                if (e.Object.Status.Phase == "Running")
                    return;
            }
        }, cts.Token);
        await Task.Delay(200, cts.Token); // the watch is open before the pod exists
        await CreateAsync("early", "Always", "exec sleep 3600");
        await watch;

        var first = statuses[0];
        Assert.Equal(("Pending", PodNodeFixture.NodeIP, null), (first.Phase, first.HostIP, first.PodIP));
        Assert.Equal("ContainerCreating", first.ContainerStatuses!.Single().State.Waiting?.Reason);
        Assert.Equal("Running", statuses[^1].Phase);
        await DeleteAsync("early");
    }

    private Task<Pod> CreateAsync(string name, string restartPolicy, string script) => node.CreateShellPodAsync(Ns, name, restartPolicy, script);

    private Task<Pod> WaitForAsync(Pod pod, Func<Pod, bool> condition, string what) => node.WaitForAsync(pod, condition, what);

    private Task DeleteAsync(string name) => node.DeletePodAsync(Ns, name);

    private Task<bool> ExistsAsync(string name) => node.ExistsAsync(Ns, name);
}
