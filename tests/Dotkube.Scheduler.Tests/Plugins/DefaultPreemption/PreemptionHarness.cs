using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Client;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Cache;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Queue;
using Dotkube.Scheduler.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using PreemptionPlugin = Dotkube.Scheduler.Plugins.DefaultPreemption.DefaultPreemption;
using Status = Dotkube.Scheduler.Framework.Status;

namespace Dotkube.Scheduler.Tests.Plugins.DefaultPreemption;

/// <summary>
/// A profile of real plugins over a scheduler cache, with the scheduler's own handle, nominator and
/// (unstarted) informers that tests fill directly: preemption runs as in the scheduler, without API calls.
/// </summary>
internal sealed class PreemptionHarness
{
    // Never used for requests by these tests: no victim is deleted and no nomination cleared.
    private static readonly KubeClient UnusedClient = new(new ClientOptions { Server = new Uri("http://127.0.0.1:9") });

    private readonly SchedulerCache _cache = new(TimeProvider.System, SchedulerCache.DefaultAssumedPodTtl);
    private readonly Snapshot _snapshot = new();

    public PreemptionHarness(params string[] filters)
    {
        Informers = new SharedInformerFactory(UnusedClient, TimeProvider.System);
        Handle = new SchedulerHandle(UnusedClient, Informers, TimeProvider.System, _snapshot, Nominator);
        var plugins = filters.Length == 0 ? ["NodeResourcesFit"] : filters;
        var profile = new SchedulerProfile
        {
            Plugins = new Dictionary<string, PluginSet>
            {
                [ExtensionPoints.MultiPoint] = new() { Enabled = [.. plugins.Select(p => new PluginRef(p))] },
            },
        };
        Runner = new ProfileRunner(profile, PluginRegistry.All, Handle, NullLogger.Instance);
        Handle.Runner = Runner;
    }

    public SharedInformerFactory Informers { get; }

    public PodNominator Nominator { get; } = new();

    public SchedulerHandle Handle { get; }

    public ProfileRunner Runner { get; }

    /// <summary>Adds the node and its pods (their nodeName set) to the cache.</summary>
    public PreemptionHarness WithNode(Node node, params Pod[] pods)
    {
        _cache.AddOrUpdateNode(node);
        foreach (var pod in pods)
        {
            pod.Spec.NodeName = node.Metadata.Name;
            _cache.AddPod(pod);
        }

        return this;
    }

    public PreemptionHarness WithPdb(PodDisruptionBudget pdb)
    {
        Informers.For<PodDisruptionBudget>().Indexer.Upsert(pdb);
        return this;
    }

    public PreemptionPlugin Plugin(int seed = 1) => new(null, Handle, new Random(seed));

    public NodeInfo Node(string name) => Snapshot().Get(name)!;

    public ISnapshot Snapshot()
    {
        _cache.UpdateSnapshot(_snapshot);
        return _snapshot;
    }

    /// <summary>PreFilter, then the nominated-pod-aware filters on every node: the state and each rejected node's status.</summary>
    public (CycleState State, Dictionary<string, Status> Rejections) Filter(Pod pod)
    {
        var nodes = Snapshot().Nodes;
        var state = new CycleState();
        var (_, pre, _) = Runner.RunPreFilter(state, pod, nodes);
        Assert.True(pre.IsSuccess, pre.Message);
        var rejections = new Dictionary<string, Status>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var status = Runner.RunFilterPluginsWithNominatedPods(state, pod, node);
            if (!status.IsSuccess)
                rejections[node.Name] = status;
        }

        return (state, rejections);
    }

    /// <summary>Runs the plugin's PostFilter the way the scheduler does after <see cref="Filter"/> (the pod is put in the pod cache first).</summary>
    public async Task<(PostFilterResult? Result, Status Status)> PostFilterAsync(Pod pod)
    {
        Informers.For<Pod>().Indexer.Upsert(pod);
        var (state, rejections) = Filter(pod);
        return await Plugin().PostFilterAsync(state, pod, rejections, CancellationToken.None);
    }
}
