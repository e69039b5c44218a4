using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Queue;

namespace Dotkube.Scheduler.Runtime;

/// <summary>The <see cref="IFrameworkHandle"/> a profile's plugins get; <see cref="Runner"/> is set once the profile is built.</summary>
internal sealed class SchedulerHandle(KubeClient client, SharedInformerFactory informers, TimeProvider time, Snapshot snapshot,
    PodNominator nominator) : IFrameworkHandle
{
    public ISnapshot Snapshot => snapshot;

    public KubeClient Client => client;

    public SharedInformerFactory Informers => informers;

    public TimeProvider Time => time;

    public ProfileRunner? Runner { get; set; }

    public IReadOnlyList<Pod> NominatedPodsFor(string nodeName) => nominator.NominatedPodsFor(nodeName);

    public Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node) =>
        (Runner ?? throw new InvalidOperationException("the profile is still being built")).RunFilterPlugins(state, pod, node);
}
