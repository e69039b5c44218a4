using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Cache;

/// <summary>
/// What the scheduler knows about nodes and the pods on them (upstream internalcache.cacheImpl):
/// nodes and bound pods from the informers, plus assumed pods. A pod is assumed the moment the
/// scheduler picks its node (<see cref="AssumePod"/>), so the next cycle already counts it; the pod
/// informer later confirms it (<see cref="AddPod"/>), a failed bind forgets it (<see cref="ForgetPod"/>),
/// and an assumed pod never confirmed expires <see cref="AssumedPodTtl"/> after its binding finished.
/// Every change bumps the node's generation so <see cref="UpdateSnapshot"/> copies only changed nodes.
/// Thread-safe.
/// </summary>
public sealed class SchedulerCache(TimeProvider time, TimeSpan assumedPodTtl)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, CachedNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PodState> _pods = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedNode> _byGeneration = new();
    private long _generation;
    private bool _nodeSetChanged = true;

    /// <summary>Defaults to 15 min, as upstream durationToExpireAssumedPod.</summary>
    public static readonly TimeSpan DefaultAssumedPodTtl = TimeSpan.FromMinutes(15);

    public TimeSpan AssumedPodTtl => assumedPodTtl;

    public int NodeCount
    {
        get
        {
            lock (_gate)
                return _nodes.Values.Count(n => n.HasNode);
        }
    }

    /// <summary>Counts the pod on its node now (spec.nodeName must be set), before the binding.</summary>
    public void AssumePod(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            if (_pods.ContainsKey(key))
                throw new InvalidOperationException($"pod {pod.Metadata.Namespace}/{pod.Metadata.Name} is already in the cache");
            AddToNode(pod);
            _pods[key] = new PodState(pod) { Assumed = true };
        }
    }

    /// <summary>The binding call returned: the expiry clock of the assumed pod starts.</summary>
    public void FinishBinding(Pod pod)
    {
        lock (_gate)
        {
            if (_pods.TryGetValue(KeyOf(pod), out var state) && state.Assumed)
                state.Deadline = time.GetUtcNow() + assumedPodTtl;
        }
    }

    /// <summary>The binding failed: the assumed pod no longer counts.</summary>
    public void ForgetPod(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            if (_pods.TryGetValue(key, out var state) && state.Assumed)
            {
                RemoveFromNode(state.Pod);
                _pods.Remove(key);
            }
        }
    }

    public bool IsAssumed(Pod pod)
    {
        lock (_gate)
            return _pods.TryGetValue(KeyOf(pod), out var state) && state.Assumed;
    }

    /// <summary>A bound pod from the informer; confirms it when it was assumed (moving it if it landed elsewhere).</summary>
    public void AddPod(Pod pod)
    {
        lock (_gate)
        {
            var key = KeyOf(pod);
            if (_pods.TryGetValue(key, out var state))
                RemoveFromNode(state.Pod);
            AddToNode(pod);
            _pods[key] = new PodState(pod);
        }
    }

    /// <summary>A bound pod changed: it replaces the cached copy (on whatever node it names now).</summary>
    public void UpdatePod(Pod newPod) => AddPod(newPod);

    public void RemovePod(Pod pod)
    {
        lock (_gate)
        {
            if (_pods.Remove(KeyOf(pod), out var state))
                RemoveFromNode(state.Pod);
        }
    }

    public void AddOrUpdateNode(Node node)
    {
        lock (_gate)
        {
            var name = node.Metadata.Name!;
            if (_nodes.TryGetValue(name, out var cached))
            {
                _nodeSetChanged |= !cached.HasNode;
                cached.HasNode = true;
                cached.Info.SetNode(node);
            }
            else
            {
                cached = new CachedNode(new NodeInfo(node), true);
                _nodes[name] = cached;
                _nodeSetChanged = true;
            }

            Bump(cached);
        }
    }

    /// <summary>The node is gone; its pods stay (as upstream's ghost NodeInfo) until they are deleted too.</summary>
    public void RemoveNode(Node node)
    {
        lock (_gate)
        {
            var name = node.Metadata.Name!;
            if (!_nodes.TryGetValue(name, out var cached))
                return;
            cached.HasNode = false;
            if (cached.Info.Pods.Count == 0)
                Forget(name);
            _nodeSetChanged = true;
        }
    }

    /// <summary>Drops assumed pods whose binding finished more than the TTL ago and were never confirmed.</summary>
    public IReadOnlyList<Pod> CleanupExpiredAssumedPods()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var expired = _pods.Where(p => p.Value.Assumed && p.Value.Deadline is { } deadline && deadline < now).ToList();
            foreach (var (key, state) in expired)
            {
                RemoveFromNode(state.Pod);
                _pods.Remove(key);
            }

            return [.. expired.Select(e => e.Value.Pod)];
        }
    }

    /// <summary>
    /// Brings <paramref name="snapshot"/> up to date, cloning only the NodeInfos changed since its last
    /// update: the nodes are kept most recently changed first (upstream's generation-ordered list), so
    /// a cycle that follows one assumed pod touches one node, not all of them.
    /// </summary>
    public void UpdateSnapshot(Snapshot snapshot)
    {
        lock (_gate)
        {
            var changed = new List<NodeInfo>();
            for (var entry = _byGeneration.First; entry is not null && entry.Value.Info.Generation > snapshot.Generation; entry = entry.Next)
            {
                if (entry.Value.HasNode)
                    changed.Add(entry.Value.Info.Clone());
            }

            if (_byGeneration.First is { } newest)
                snapshot.Generation = Math.Max(snapshot.Generation, newest.Value.Info.Generation);
            if (_nodeSetChanged)
            {
                foreach (var name in snapshot.Map.Keys.Where(n => !_nodes.TryGetValue(n, out var c) || !c.HasNode).ToList())
                    snapshot.Map.Remove(name);
                foreach (var info in changed)
                    snapshot.Map[info.Name] = info;
                _nodeSetChanged = false;
                snapshot.Rebuild();
            }
            else if (changed.Count > 0)
            {
                snapshot.Replace(changed);
            }
        }
    }

    private void AddToNode(Pod pod)
    {
        var name = pod.Spec.NodeName!;
        if (!_nodes.TryGetValue(name, out var cached))
        {
            // A pod bound to a node the informer has not shown yet: keep it on a placeholder.
            cached = new CachedNode(new NodeInfo(new Node { Metadata = new() { Name = name } }), false);
            _nodes[name] = cached;
        }

        cached.Info.AddPod(pod);
        Bump(cached);
    }

    private void RemoveFromNode(Pod pod)
    {
        var name = pod.Spec.NodeName!;
        if (!_nodes.TryGetValue(name, out var cached))
            return;
        cached.Info.RemovePod(pod);
        Bump(cached);
        if (!cached.HasNode && cached.Info.Pods.Count == 0)
            Forget(name);
    }

    private void Bump(CachedNode cached)
    {
        cached.Info.Generation = ++_generation;
        if (cached.Entry.List is not null)
            _byGeneration.Remove(cached.Entry);
        _byGeneration.AddFirst(cached.Entry);
    }

    private void Forget(string name)
    {
        if (_nodes.Remove(name, out var cached) && cached.Entry.List is not null)
            _byGeneration.Remove(cached.Entry);
    }

    private static string KeyOf(Pod pod) => pod.Metadata.Uid is { Length: > 0 } uid ? uid : $"{pod.Metadata.Namespace}/{pod.Metadata.Name}";

    private sealed class CachedNode
    {
        public CachedNode(NodeInfo info, bool hasNode)
        {
            Info = info;
            HasNode = hasNode;
            Entry = new LinkedListNode<CachedNode>(this);
        }

        public NodeInfo Info { get; }

        /// <summary>This node's place in the cache's most-recently-changed-first list.</summary>
        public LinkedListNode<CachedNode> Entry { get; }

        public bool HasNode { get; set; }
    }

    private sealed class PodState(Pod pod)
    {
        public Pod Pod { get; } = pod;

        public bool Assumed { get; init; }

        public DateTimeOffset? Deadline { get; set; }
    }
}
