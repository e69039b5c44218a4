using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Kubelet.Probes;
using Dotkube.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>
/// A <see cref="ProbeManager"/> for one pod with one container "main", driven as the pod worker
/// drives it: <see cref="Sync"/> computes started/ready for the current container and hands the
/// status over; workers do not run on their own unless asked, tests probe with <see cref="ProbeAsync(ProbeKind)"/>.
/// </summary>
internal sealed class ProbeHarness : IDisposable
{
    public const string Uid = "uid-1";

    public ProbeHarness(Container container, string restartPolicy = "Always", bool runWorkers = false)
    {
        Container = container;
        Pod = new Pod
        {
            Metadata = new ObjectMeta { Name = "p", Namespace = "ns", Uid = Uid },
            Spec = new PodSpec { RestartPolicy = restartPolicy, Containers = [container] },
        };
        Manager = new ProbeManager(Prober, Time, NullLogger.Instance, Changed.Add, new ZeroRandom(), runWorkers);
        Manager.AddPod(Pod);
    }

    public ManualTime Time { get; } = new();

    public FakeProber Prober { get; } = new();

    public List<string> Changed { get; } = [];

    public ProbeManager Manager { get; }

    public Pod Pod { get; }

    public Container Container { get; }

    /// <summary>The runtime id of the container now running; a new one is a restarted container.</summary>
    public string ContainerId { get; set; } = "c1";

    public DateTimeOffset StartedAt { get; set; }

    public bool Running { get; set; } = true;

    public static Probe ExecProbe(int failureThreshold = 3, int successThreshold = 1, int initialDelaySeconds = 0) => new()
    {
        Exec = new ExecAction { Command = ["true"] },
        FailureThreshold = failureThreshold,
        SuccessThreshold = successThreshold,
        InitialDelaySeconds = initialDelaySeconds,
        PeriodSeconds = 1,
    };

    /// <summary>What a pod sync does: a status for the current container, refined by the probes, handed to the workers.</summary>
    public ContainerStatus Sync()
    {
        var status = new ContainerStatus
        {
            Name = Container.Name,
            ContainerID = "containerd://" + ContainerId,
            State = Running
                ? new ContainerState { Running = new ContainerStateRunning { StartedAt = StartedAt } }
                : new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1 } },
            Started = Running,
            Ready = Running,
        };
        Manager.UpdateContainerStatuses(Uid, [], [status]);
        Manager.SetStatus(Pod, new PodStatus { Phase = "Running", PodIP = "10.0.0.9", ContainerStatuses = [status] });
        return status;
    }

    public Task<bool> ProbeAsync(ProbeKind kind) =>
        (Manager.Worker(Uid, Container.Name, kind) ?? throw new InvalidOperationException($"no {kind} worker")).ProbeOnceAsync(CancellationToken.None);

    /// <summary>Answers <paramref name="result"/> and probes <paramref name="times"/> times, syncing after each as a result change would.</summary>
    public async Task ProbeAsync(ProbeKind kind, ProbeResult result, int times)
    {
        Prober.Answer(kind, result);
        for (var i = 0; i < times; i++)
        {
            await ProbeAsync(kind);
            Sync();
        }
    }

    public void Dispose() => Manager.Dispose();

    private sealed class ZeroRandom : Random
    {
        public override double NextDouble() => 0;
    }
}
