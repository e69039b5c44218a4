using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Queue;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using KubeObject = Dotkube.Api.Meta.KubeObject;

namespace Dotkube.Scheduler.Runtime;

/// <summary>The <see cref="IFrameworkHandle"/> a profile's plugins get; <see cref="Runner"/> and <see cref="Recorder"/> are set once the profile is built.</summary>
internal sealed class SchedulerHandle(KubeClient client, SharedInformerFactory informers, TimeProvider time, Snapshot snapshot,
    PodNominator nominator, ILoggerFactory? loggers = null, int parallelism = 1) : IPreemptionHandle
{
    public ISnapshot Snapshot => snapshot;

    public KubeClient Client => client;

    public SharedInformerFactory Informers => informers;

    public TimeProvider Time => time;

    public int Parallelism => parallelism;

    public ILoggerFactory Loggers => loggers ?? NullLoggerFactory.Instance;

    public ProfileRunner? Runner { get; set; }

    /// <summary>The profile's recorder; events are dropped while it is unset (tests).</summary>
    public EventRecorder? Recorder { get; set; }

    private ProfileRunner Built => Runner ?? throw new InvalidOperationException("the profile is still being built");

    public IReadOnlyList<Pod> NominatedPodsFor(string nodeName) => nominator.NominatedPodsFor(nodeName);

    public Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node) => Built.RunFilterPlugins(state, pod, node);

    public Status RunPreFilterExtensionAddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node) =>
        Built.RunPreFilterExtensionAddPod(state, podToSchedule, podToAdd, node);

    public Status RunPreFilterExtensionRemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node) =>
        Built.RunPreFilterExtensionRemovePod(state, podToSchedule, podToRemove, node);

    public Status RunFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo node) =>
        Built.RunFilterPluginsWithNominatedPods(state, pod, node);

    public void Event(KubeObject regarding, string type, string reason, string message) => Recorder?.Event(regarding, type, reason, message);
}
