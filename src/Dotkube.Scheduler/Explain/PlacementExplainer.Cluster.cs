using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Queue;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler.Explain;

public static partial class PlacementExplainer
{
    /// <summary>
    /// Explains a pod of a live cluster: reads nodes, pods and whatever the profile's plugins watch
    /// through informers (synced once, then stopped), builds the NodeInfos as the scheduler's cache
    /// does (terminal pods and the pod itself left out), and runs <see cref="Explain(ProfileRunner, Pod, IReadOnlyList{Framework.NodeInfo})"/>
    /// with the profile named by the pod's spec.schedulerName.
    /// </summary>
    /// <exception cref="ArgumentException">The configuration has no profile for the pod's scheduler name.</exception>
    /// <exception cref="ApiStatusException">The pod cannot be read (e.g. NotFound).</exception>
    public static async Task<PlacementExplanation> ExplainAsync(KubeClient client, SchedulerConfiguration configuration, string ns, string name,
        CancellationToken ct)
    {
        var pod = await client.GetAsync<Pod>(ns, name, ct).ConfigureAwait(false);
        var schedulerName = string.IsNullOrEmpty(pod.Spec.SchedulerName) ? DefaultPlugins.SchedulerName : pod.Spec.SchedulerName;
        var profile = configuration.Profiles.FirstOrDefault(p => p.SchedulerName == schedulerName)
            ?? throw new ArgumentException($"no profile for schedulerName \"{schedulerName}\" in the scheduler configuration");

        var informers = new SharedInformerFactory(client, TimeProvider.System);
        var nodes = informers.For<Node>();
        var pods = informers.For<Pod>();
        var snapshot = new Snapshot();
        var handle = new SchedulerHandle(client, informers, TimeProvider.System, snapshot, new PodNominator());
        var runner = BuildProfile(profile, handle);
        handle.Runner = runner;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await informers.StartAsync(stop.Token).ConfigureAwait(false);
        try
        {
            if (!await informers.WaitForCacheSyncAsync(ct).ConfigureAwait(false))
                throw new InvalidOperationException("the informers stopped before their first list");
            var cache = new SchedulerCache(TimeProvider.System, SchedulerCache.DefaultAssumedPodTtl);
            foreach (var node in nodes.Lister.List())
                cache.AddOrUpdateNode(node);
            foreach (var other in pods.Lister.List())
            {
                if (!string.IsNullOrEmpty(other.Spec.NodeName) && other.Status.Phase is not ("Succeeded" or "Failed") &&
                    other.Metadata.Uid != pod.Metadata.Uid)
                {
                    cache.AddPod(other);
                }
            }

            cache.UpdateSnapshot(snapshot);
            return Explain(runner, pod, snapshot.Nodes);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await informers.ShutdownAsync().ConfigureAwait(false);
        }
    }
}
