using Dotkube.Api.Core.V1;
using Dotkube.Client;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>
/// A framework handle over fixed nodes, with an informer factory whose caches the test fills
/// directly (nothing is started, so the client never connects).
/// </summary>
public sealed class FakeHandle : IFrameworkHandle
{
    // Never used for requests: informers are not started and the plugins only read their caches.
    private static readonly KubeClient UnusedClient = new(new ClientOptions { Server = new Uri("http://127.0.0.1:9") });

    public FakeHandle(IEnumerable<NodeInfo> nodes, IEnumerable<Namespace>? namespaces = null)
    {
        Snapshot = new FakeSnapshot([.. nodes]);
        Informers = new SharedInformerFactory(UnusedClient, TimeProvider.System);
        foreach (var ns in namespaces ?? [])
            Informers.For<Namespace>().Indexer.Upsert(ns);
    }

    public ISnapshot Snapshot { get; }

    public KubeClient Client => UnusedClient;

    public SharedInformerFactory Informers { get; }

    public TimeProvider Time => TimeProvider.System;

    public IReadOnlyList<Pod> NominatedPodsFor(string nodeName) => [];

    public Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node) => throw new NotSupportedException();
}

/// <summary>A snapshot over a fixed list of nodes.</summary>
public sealed class FakeSnapshot(IReadOnlyList<NodeInfo> nodes) : ISnapshot
{
    public IReadOnlyList<NodeInfo> Nodes { get; } = nodes;

    public NodeInfo? Get(string nodeName) => Nodes.FirstOrDefault(n => n.Name == nodeName);

    public IReadOnlyList<NodeInfo> NodesWithAffinityPods => [.. Nodes.Where(n => n.PodsWithAffinity.Count > 0)];

    public IReadOnlyList<NodeInfo> NodesWithRequiredAntiAffinityPods => [.. Nodes.Where(n => n.PodsWithRequiredAntiAffinity.Count > 0)];
}
