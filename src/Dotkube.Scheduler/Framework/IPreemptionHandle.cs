using Dotkube.Api.Core.V1;
using Microsoft.Extensions.Logging;
using KubeObject = Dotkube.Api.Meta.KubeObject;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// The parts of upstream's framework.Handle that preemption needs beyond <see cref="IFrameworkHandle"/>:
/// the PreFilter extensions, the nominated-pod-aware filters and the profile's event recorder.
/// The scheduler's handles implement it.
/// </summary>
public interface IPreemptionHandle : IFrameworkHandle
{
    /// <summary>Runs every PreFilter plugin's <see cref="IPreFilterExtensions.AddPod"/> (those PreFilter skipped excepted).</summary>
    Status RunPreFilterExtensionAddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node);

    /// <summary>Runs every PreFilter plugin's <see cref="IPreFilterExtensions.RemovePod"/> (those PreFilter skipped excepted).</summary>
    Status RunPreFilterExtensionRemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node);

    /// <summary>The Filter plugins with the node's nominated pods of equal or higher priority counted, and without them; both must pass.</summary>
    Status RunFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo node);

    /// <summary>Workers for preemption's dry runs; as the scheduler's parallelism.</summary>
    int Parallelism { get; }

    /// <summary>For the plugins' loggers.</summary>
    ILoggerFactory Loggers { get; }

    /// <summary>Records an event about <paramref name="regarding"/> as this profile's scheduler.</summary>
    void Event(KubeObject regarding, string type, string reason, string message);
}
