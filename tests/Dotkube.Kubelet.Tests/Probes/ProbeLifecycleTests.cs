using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Tests.Pods;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>E2E: liveness, readiness and startup probes on real containers through the <see cref="Kubelet.Pods.PodManager"/>.</summary>
public sealed class ProbeLifecycleTests(PodNodeFixture node) : IClassFixture<PodNodeFixture>
{
    private const string Ns = "default";
    private const string Busybox = "docker.io/library/busybox:1.36";

    [Fact]
    public async Task A_failing_liveness_probe_restarts_the_container_with_upstreams_events()
    {
        var liveness = Exec(["false"], failureThreshold: 1);
        liveness.TerminationGracePeriodSeconds = 1;
        var pod = await CreateAsync("liveness", new Container { Name = "main", Image = Busybox, Command = ["sleep", "3600"], LivenessProbe = liveness });

        await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.RestartCount >= 2, "restarted twice by its liveness probe");
        await WaitForEventAsync("liveness", e => e.Type == "Warning" && e.Reason == "Unhealthy" && e.Message == "Liveness probe failed: ");
        await WaitForEventAsync("liveness", e => e.Reason == "Killing" && e.Message == "Container main failed liveness probe, will be restarted");
        await DeleteAsync("liveness");
    }

    [Fact]
    public async Task A_failing_readiness_probe_keeps_the_pod_unready_and_never_restarts_it()
    {
        var pod = await CreateAsync("unready", new Container
        {
            Name = "main", Image = Busybox, Command = ["sleep", "3600"], ReadinessProbe = Exec(["sh", "-c", "echo not yet; exit 1"]),
        });

        await WaitForEventAsync("unready", e => e.Reason == "Unhealthy" && e.Message == "Readiness probe failed: not yet\n" && e.Count >= 4);
        var current = await node.GetAsync(Ns, "unready");
        var status = current.Status.ContainerStatuses!.Single();
        Assert.Equal(("Running", 0, false, true), (current.Status.Phase, status.RestartCount, status.Ready, status.Started));
        Assert.Contains(current.Status.Conditions!, c => c is { Type: "Ready", Status: "False", Reason: "ContainersNotReady" });
        Assert.Contains(current.Status.Conditions!, c => c is { Type: "ContainersReady", Status: "False" });
        await DeleteAsync(pod.Metadata.Name!);
    }

    [Fact]
    public async Task A_passing_readiness_probe_on_a_named_http_port_makes_the_pod_Ready()
    {
        var pod = await CreateAsync("ready", new Container
        {
            Name = "main",
            Image = Busybox,
            Command = ["sh", "-c", "sleep 2; echo ok > /tmp/index.html; exec httpd -f -p 8080 -h /tmp"],
            Ports = [new ContainerPort { Name = "web", Port = 8080 }],
            ReadinessProbe = new Probe { HttpGet = new HTTPGetAction { Port = IntOrString.FromString("web"), Path = "/index.html" }, PeriodSeconds = 1 },
        });

        var ready = await WaitForAsync(pod, p => p.Status.Conditions?.Any(c => c is { Type: "Ready", Status: "True" }) == true, "Ready");
        Assert.True(ready.Status.ContainerStatuses!.Single().Ready);
        await DeleteAsync("ready");
    }

    [Fact]
    public async Task A_startup_probe_holds_liveness_back_until_the_container_has_started()
    {
        // The liveness probe would kill the container at once; it must not run before the startup probe passes.
        var pod = await CreateAsync("slow-start", new Container
        {
            Name = "main",
            Image = Busybox,
            Command = ["sh", "-c", "sleep 4; touch /tmp/started; exec sleep 3600"],
            StartupProbe = Exec(["cat", "/tmp/started"], failureThreshold: 30),
            LivenessProbe = Exec(["cat", "/tmp/started"], failureThreshold: 1),
        });

        var starting = await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Running is not null, "running");
        Assert.Equal((false, false), (starting.Status.ContainerStatuses!.Single().Started, starting.Status.ContainerStatuses!.Single().Ready));
        var started = await WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault() is { Started: true, Ready: true }, "started and ready");
        Assert.Equal(0, started.Status.ContainerStatuses!.Single().RestartCount);
        await WaitForEventAsync("slow-start", e => e.Reason == "Unhealthy" && e.Message!.StartsWith("Startup probe failed: ", StringComparison.Ordinal));
        await DeleteAsync("slow-start");
    }

    private static Probe Exec(List<string> command, int failureThreshold = 3) =>
        new() { Exec = new ExecAction { Command = command }, PeriodSeconds = 1, FailureThreshold = failureThreshold };

    private async Task<Pod> CreateAsync(string name, Container container) =>
        await node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = Ns },
            Spec = new PodSpec { NodeName = PodNodeFixture.NodeName, TerminationGracePeriodSeconds = 2, Containers = [container] },
        });

    private Task<Pod> WaitForAsync(Pod pod, Func<Pod, bool> condition, string what) => node.WaitForAsync(pod, condition, what);

    private Task WaitForEventAsync(string pod, Func<Event, bool> condition) => node.WaitForEventAsync(Ns, pod, condition);

    private Task DeleteAsync(string name) => node.DeletePodAsync(Ns, name);
}
