using System.Diagnostics;
using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Lifecycle;

/// <summary>
/// E2E: postStart and preStop hooks and graceful termination on real containers. The containers
/// write marks with the kernel's uptime (the same clock inside and outside) into a hostPath
/// directory the test reads, so the order and the gaps of hook, SIGTERM and exit are visible.
/// </summary>
public sealed class LifecycleHookE2ETests(PodNodeFixture node) : IClassFixture<PodNodeFixture>, IDisposable
{
    private const string Ns = "default";
    private const string Busybox = "docker.io/library/busybox:1.36";


    private readonly string _marks = Directory.CreateTempSubdirectory("dotkube-hooks-").FullName;

    [Fact]
    public async Task A_preStop_hook_runs_before_SIGTERM_and_the_deleted_pod_disappears()
    {
        var container = Marking("main", $"trap '{Mark("term")}; exit 0' TERM; sleep 3600 & wait");
        container.Lifecycle = new Api.Core.V1.Lifecycle
        {
            PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", $"{Mark("prestop")}; sleep 3; {Mark("prestop-done")}"] } },
        };
        var pod = await CreateAsync("prestop", container, graceSeconds: 10);
        await node.WaitForAsync(pod, Running, "running");

        var clock = Stopwatch.StartNew();
        await node.DeletePodAsync(Ns, "prestop");
        var marks = ReadMarks();
        Assert.Equal(new[] { "prestop", "prestop-done", "term" }, marks.Select(m => m.What));
        Assert.InRange(marks[2].At - marks[0].At, 2.9, 5);
        // The app handled SIGTERM at once: far less than the 10 s grace period went by.
        Assert.InRange(clock.Elapsed.TotalSeconds, 3, 9);
    }

    [Fact]
    public async Task A_container_that_ignores_SIGTERM_is_killed_at_the_end_of_the_grace_period()
    {
        var pod = await CreateAsync("stubborn", Marking("main", $"trap '{Mark("term")}' TERM; {Mark("started")}; while true; do sleep 1; done"), graceSeconds: 4);
        await node.WaitForAsync(pod, Running, "running");
        await Eventually.HoldsAsync(() => Task.FromResult(ReadMarks().Count > 0), PodWaits.Timeout, "the container marks its start");

        var clock = Stopwatch.StartNew();
        await node.Client.DeleteAsync<Pod>(Ns, "stubborn");
        await Eventually.HoldsAsync(async () => !await node.ExistsAsync(Ns, "stubborn"), PodWaits.Timeout, "the pod disappears");
        Assert.InRange(clock.Elapsed.TotalSeconds, 3.5, 9);
        // SIGTERM came at once, the trap ran (the loop kept going), and SIGKILL ended it after the grace period.
        Assert.Equal(new[] { "started", "term" }, ReadMarks().Select(m => m.What));
    }

    [Fact]
    public async Task A_failing_preStop_hook_is_an_event_and_the_container_still_gets_SIGTERM()
    {
        var container = Marking("main", $"trap '{Mark("term")}; exit 0' TERM; sleep 3600 & wait");
        container.Lifecycle = new Api.Core.V1.Lifecycle
        {
            PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "echo no >&2; exit 1"] } },
        };
        var pod = await CreateAsync("prestop-fails", container, graceSeconds: 10);
        await node.WaitForAsync(pod, Running, "running");

        await node.DeletePodAsync(Ns, "prestop-fails");
        Assert.Equal(new[] { "term" }, ReadMarks().Select(m => m.What));
        await node.WaitForEventAsync(Ns, "prestop-fails", e => e is { Type: "Warning", Reason: "FailedPreStopHook", Message: "PreStopHook failed" });
        await node.WaitForEventAsync(Ns, "prestop-fails", e => e is { Reason: "Killing", Message: "Stopping container main" });
    }

    [Fact]
    public async Task A_postStart_exec_hook_runs_before_the_container_shows_Running_and_the_app_sees_its_file()
    {
        var container = Marking("main", $"until [ -f /tmp/hook ]; do sleep 0.1; done; {Mark("saw-$(cat /tmp/hook)")}; exec sleep 3600");
        container.Lifecycle = new Api.Core.V1.Lifecycle
        {
            PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "sleep 2; echo from-hook > /tmp/hook"] } },
        };
        var pod = await CreateAsync("poststart", container, graceSeconds: 2);

        var running = await node.WaitForAsync(pod, Running, "running");
        // Running is reported only once the hook returned, so its file is there already.
        var id = running.Status.ContainerStatuses!.Single().ContainerID!.Split("://")[1];
        var cat = await node.Runtime.ExecSyncAsync(id, ["cat", "/tmp/hook"], TimeSpan.FromSeconds(10));
        Assert.Equal((0, "from-hook"), (cat.ExitCode, cat.Stdout.ToStringUtf8().Trim()));
        await Eventually.HoldsAsync(() => Task.FromResult(ReadMarks().Any(m => m.What == "saw-from-hook")), PodWaits.Timeout, "the app sees the hook's file");
        await node.DeletePodAsync(Ns, "poststart");
    }

    [Fact]
    public async Task A_failing_postStart_hook_kills_the_container_which_restarts_with_a_FailedPostStartHook_event()
    {
        var container = new Container
        {
            Name = "main",
            Image = Busybox,
            Command = ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"],
            Lifecycle = new Api.Core.V1.Lifecycle
            {
                PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["sh", "-c", "echo broken >&2; exit 1"] } },
            },
        };
        var pod = await CreateAsync("poststart-fails", container, graceSeconds: 2);

        var failed = await node.WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault() is { RestartCount: >= 1, State.Waiting: not null },
            "restarted after its postStart hook failed");
        var status = failed.Status.ContainerStatuses!.Single();
        Assert.Contains(status.State.Waiting!.Reason, new[] { "PostStartHookError", "CrashLoopBackOff" });
        Assert.NotNull(status.LastTerminationState.Terminated);
        await node.WaitForEventAsync(Ns, "poststart-fails", e => e is { Type: "Warning", Reason: "FailedPostStartHook", Message: "PostStartHook failed" });
        await node.WaitForEventAsync(Ns, "poststart-fails", e => e is { Reason: "Killing", Message: "FailedPostStartHook" });
        await node.WaitForAsync(pod, p => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting is
            { Reason: "PostStartHookError", Message: var m } && m!.Contains("command 'sh -c echo broken >&2; exit 1' exited with 1: broken", StringComparison.Ordinal)
            || p.Status.ContainerStatuses?.SingleOrDefault()?.State.Waiting?.Reason == "CrashLoopBackOff", "waiting with the hook's error or backing off");
        await node.DeletePodAsync(Ns, "poststart-fails");
    }

    [Fact]
    public async Task A_pod_deleted_while_its_postStart_hook_runs_does_not_wait_for_the_hook()
    {
        var container = Marking("main", "trap 'exit 0' TERM; sleep 3600 & wait");
        container.Lifecycle = new Api.Core.V1.Lifecycle { PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["sleep", "3600"] } } };
        var pod = await CreateAsync("poststart-forever", container, graceSeconds: 2);
        await Eventually.HoldsAsync(async () => (await node.SandboxesOfAsync(pod.Metadata.Uid!)).Count > 0, PodWaits.Timeout, "the pod's sandbox runs");
        await Eventually.HoldsAsync(async () => (await node.Runtime.ListContainersAsync()).Any(c => c.Labels.GetValueOrDefault("io.kubernetes.pod.uid") == pod.Metadata.Uid),
            PodWaits.Timeout, "the container is started and its hook runs");

        var clock = Stopwatch.StartNew();
        await node.DeletePodAsync(Ns, "poststart-forever");
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 20);
    }

    public void Dispose() => Directory.Delete(_marks, recursive: true);

    /// <summary>A shell line that appends "WHAT UPTIME" to /marks/log, without single quotes so it fits in a trap.</summary>
    private static string Mark(string what) => $"read up rest < /proc/uptime; echo \"{what} $up\" >> /marks/log";

    private static bool Running(Pod p) => p.Status.ContainerStatuses?.SingleOrDefault()?.State.Running is not null;

    private static Container Marking(string name, string script) => new()
    {
        Name = name,
        Image = Busybox,
        Command = ["sh", "-c", script],
        VolumeMounts = [new VolumeMount { Name = "marks", MountPath = "/marks" }],
    };

    private List<(string What, double At)> ReadMarks()
    {
        var path = Path.Combine(_marks, "log");
        if (!File.Exists(path))
            return [];
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(' '))
            .Select(parts => (parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture)))];
    }

    private async Task<Pod> CreateAsync(string name, Container container, long graceSeconds) =>
        await node.Client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = Ns },
            Spec = new PodSpec
            {
                NodeName = PodNodeFixture.NodeName,
                TerminationGracePeriodSeconds = graceSeconds,
                Containers = [container],
                Volumes = [new Volume { Name = "marks", HostPath = new HostPathVolumeSource { Path = _marks, Type = "Directory" } }],
            },
        });
}
