using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Pods;
using Dotkube.Kubelet.Probes;
using CriV1 = Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>Probe defaults, ports, and what a failed probe makes a pod sync do.</summary>
public sealed class ProbeRulesTests
{
    [Fact]
    public void An_empty_probe_gets_upstreams_defaults()
    {
        Assert.Equal(new ProbeTiming(TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), 1, 3),
            ProbeTiming.Of(new Probe(), ProbeKind.Readiness));
    }

    [Theory]
    [InlineData(ProbeKind.Liveness, 1)]
    [InlineData(ProbeKind.Startup, 1)]
    [InlineData(ProbeKind.Readiness, 4)]
    public void Only_readiness_probes_count_more_than_one_success(ProbeKind kind, int threshold)
    {
        Assert.Equal(threshold, ProbeTiming.Of(new Probe { SuccessThreshold = 4 }, kind).SuccessThreshold);
    }

    [Theory]
    [InlineData("number", false, "8080", 8080, null)]
    [InlineData("name of a container port", true, "http", 80, null)]
    [InlineData("number written as a string", true, "9090", 9090, null)]
    [InlineData("unknown name", true, "nope", -1, "strconv.Atoi: parsing \"nope\": invalid syntax")]
    [InlineData("out of range", false, "70000", 70000, "invalid port number: 70000")]
    public void Ports_resolve_as_upstreams_ResolveContainerPort(string name, bool isString, string raw, int port, string? error)
    {
        var value = isString ? IntOrString.FromString(raw) : IntOrString.FromInt(int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture));
        var container = new Container { Name = "c", Ports = [new ContainerPort { Name = "http", Port = 80 }] };
        Assert.True((port, error) == ContainerPorts.Resolve(value, container), name);
    }

    [Theory]
    [InlineData("Always", true, "Container main failed liveness probe, will be restarted")]
    [InlineData("Never", false, "Container main failed liveness probe")]
    public void A_failed_liveness_probe_kills_the_container_and_restarts_it_unless_the_policy_is_Never(string policy, bool restarts, string message)
    {
        var container = new Container { Name = "main", Image = "busybox", LivenessProbe = new Probe { TerminationGracePeriodSeconds = 7 } };
        var pod = new Pod
        {
            Metadata = new ObjectMeta { Name = "p", Namespace = "ns", Uid = "u" },
            Spec = new PodSpec { RestartPolicy = policy, Containers = [container] },
        };
        using var probes = new ProbeHarness(container);
        probes.Manager.Liveness.Set("c1", ProbeResult.Failure, "u");

        var actions = PodActions.Compute(pod, RunningPod(container, "c1"), probes.Manager);

        Assert.Equal([new ContainerKill("c1", message, 7)], actions.ContainersToKill);
        Assert.Equal(restarts ? ["main"] : [], actions.ContainersToStart.Select(c => c.Name));
        Assert.Empty(PodActions.Compute(pod, RunningPod(container, "c2"), probes.Manager).ContainersToKill);
    }

    private static RuntimePod RunningPod(Container container, string id)
    {
        var sandbox = new CriV1.PodSandbox { Id = "s", Metadata = new CriV1.PodSandboxMetadata { Name = "p", Uid = "u", Namespace = "ns" } };
        var sandboxStatus = new CriV1.PodSandboxStatus
        {
            Id = "s",
            State = CriV1.PodSandboxState.SandboxReady,
            Network = new CriV1.PodSandboxNetworkStatus { Ip = "10.0.0.9" },
        };
        var status = new CriV1.ContainerStatus
        {
            Id = id,
            Metadata = new CriV1.ContainerMetadata { Name = container.Name },
            State = CriV1.ContainerState.ContainerRunning,
        };
        status.Annotations[RuntimeLabels.ContainerHash] = ContainerHash.Of(container);
        return new RuntimePod("u", [sandbox], sandboxStatus, [status]);
    }
}
