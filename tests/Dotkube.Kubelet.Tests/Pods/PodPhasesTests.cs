using Dotkube.Api.Core.V1;
using Dotkube.Kubelet.Pods;

namespace Dotkube.Kubelet.Tests.Pods;

/// <summary>upstream's getPhase rules, one case per row (kubelet_pods_test.go's TestPodPhase* cover the same ground).</summary>
public sealed class PodPhasesTests
{
    // Statuses in short form: R running, W waiting, W! waiting after a failed run (lastState exit 1),
    // T0/T1 terminated with exit 0/1, - none.
    [Theory]
    [InlineData("all running", "Always", "", "R R", "Running")]
    [InlineData("one waiting", "Always", "", "R W", "Pending")]
    [InlineData("one without status", "Always", "", "R -", "Pending")]
    [InlineData("all succeeded, Never", "Never", "", "T0 T0", "Succeeded")]
    [InlineData("one failed, Never", "Never", "", "T0 T1", "Failed")]
    [InlineData("all succeeded, OnFailure", "OnFailure", "", "T0 T0", "Succeeded")]
    [InlineData("one failed, OnFailure restarts it", "OnFailure", "", "T0 T1", "Running")]
    [InlineData("all stopped, Always restarts them", "Always", "", "T0 T1", "Running")]
    [InlineData("waiting to restart after a crash counts as stopped", "Always", "", "W!", "Running")]
    [InlineData("running and stopped", "Never", "", "R T1", "Running")]
    [InlineData("init container running", "Always", "R", "W", "Pending")]
    [InlineData("init container failed, Never", "Never", "T1", "W", "Failed")]
    [InlineData("init container failed, Always retries", "Always", "W!", "W", "Pending")]
    [InlineData("init done, app running", "Always", "T0", "R", "Running")]
    public void Phase_follows_upstream_getPhase(string name, string restartPolicy, string init, string apps, string phase)
    {
        var spec = Spec(restartPolicy, Names(init, "init"), Names(apps, "app"));
        Assert.True(phase == PodPhases.Of(spec, Statuses(init, "init"), Statuses(apps, "app")), name);
    }

    [Fact]
    public void A_terminal_pod_with_stopped_containers_is_Failed_even_with_restart_policy_Always()
    {
        var spec = Spec("Always", [], ["app0"]);
        Assert.Equal("Failed", PodPhases.Of(spec, [], Statuses("T1", "app"), podIsTerminal: true));
        Assert.Equal("Succeeded", PodPhases.Of(spec, [], Statuses("T0", "app"), podIsTerminal: true));
    }

    internal static PodSpec Spec(string restartPolicy, string[] init, string[] apps) => new()
    {
        RestartPolicy = restartPolicy,
        InitContainers = init.Length == 0 ? null : [.. init.Select(n => new Container { Name = n })],
        Containers = [.. apps.Select(n => new Container { Name = n })],
    };

    internal static string[] Names(string states, string prefix) =>
        [.. Split(states).Select((_, i) => prefix + i)];

    internal static List<ContainerStatus> Statuses(string states, string prefix) =>
        [.. Split(states).Select((state, i) => (state, i)).Where(s => s.state != "-").Select(s => Status(prefix + s.i, s.state))];

    internal static ContainerStatus Status(string name, string state) => new()
    {
        Name = name,
        Ready = state == "R",
        State = state switch
        {
            "R" => new ContainerState { Running = new ContainerStateRunning() },
            "T0" => new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 0 } },
            "T1" => new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1 } },
            _ => new ContainerState { Waiting = new ContainerStateWaiting() },
        },
        LastTerminationState = state == "W!" ? new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1 } } : new ContainerState(),
    };

    private static string[] Split(string states) => states.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
