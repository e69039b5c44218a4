using System.Net;
using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Testing.HollowNodes;

/// <summary>
/// N kubelet-less nodes (kwok-style) for tests and benchmarks of the control plane: each registers
/// a Node, renews its Lease in kube-node-lease, and moves the pods bound to it through
/// Pending -> Running (Ready) -> Succeeded/Failed as <see cref="HollowNodeOptions.Fate"/> says,
/// with pod IPs from its podCIDR; terminating pods are finished as a kubelet would. Until dotkube
/// has a scheduler it also binds pending pods (<see cref="HollowNodeOptions.BindUnscheduledPods"/>).
/// <see cref="Stop"/> makes a node go silent, as a dead kubelet; <see cref="Resume"/> brings it back.
/// </summary>
public sealed class HollowNodeSet : IAsyncDisposable
{
    private readonly KubeClient _client;
    private readonly HollowNodeOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, HollowNode> _nodes;
    private readonly SharedInformerFactory _informers;
    private readonly Lister<Node> _nodeObjects;
    private readonly Controller<string> _kubelet;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];

    private HollowNodeSet(KubeClient client, HollowNodeOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _client = client;
        _options = options;
        _time = time;
        _nodes = Enumerable.Range(0, options.Count)
            .Select(i => new HollowNode(client, options, time, $"{options.NamePrefix}-{i}", i))
            .ToDictionary(n => n.Name);
        _informers = new SharedInformerFactory(client, time, loggers);
        var pods = _informers.For<Pod>();
        _nodeObjects = _informers.ListerFor<Node>();
        var controllerOptions = new ControllerOptions { Workers = options.Workers };
        _kubelet = new Controller<string>("hollow-kubelet", new HollowKubelet(client, pods.Lister, _nodes, options.Fate, time),
            time, loggers.CreateLogger("Dotkube.Testing.HollowKubelet"), controllerOptions);
        pods.AddEventHandler(
            (pod, _) => Enqueue(pod),
            (_, pod) => Enqueue(pod),
            _ => { });
        if (options.BindUnscheduledPods)
        {
            var binder = new Controller<string>("hollow-binder", new HollowBinder(client, pods, _nodeObjects, _nodes),
                time, loggers.CreateLogger("Dotkube.Testing.HollowBinder"), controllerOptions);
            pods.AddEventHandler(
                (pod, _) => Bind(binder, pod),
                (_, pod) => Bind(binder, pod),
                _ => { });
            Binder = binder;
        }
    }

    private Controller<string>? Binder { get; }

    public IReadOnlyList<string> Names => [.. _nodes.Keys];

    /// <summary>Registers the nodes, starts their heartbeats and the pod handling; returns once the nodes exist.</summary>
    public static async Task<HollowNodeSet> StartAsync(KubeClient client, HollowNodeOptions? options = null, TimeProvider? time = null,
        ILoggerFactory? loggers = null, CancellationToken ct = default)
    {
        options ??= new HollowNodeOptions();
        options.Validate();
        var set = new HollowNodeSet(client, options, time ?? TimeProvider.System, loggers ?? NullLoggerFactory.Instance);
        await Parallel.ForEachAsync(set._nodes.Values, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (node, token) => await node.RegisterAsync(token));
        await set._informers.StartAsync(set._stop.Token);
        await set._informers.WaitForCacheSyncAsync(ct);
        set._running.Add(Task.Run(() => set._kubelet.RunAsync(set._stop.Token), CancellationToken.None));
        if (set.Binder is { } binder)
            set._running.Add(Task.Run(() => binder.RunAsync(set._stop.Token), CancellationToken.None));
        set._running.Add(Task.Run(() => set.HeartbeatsAsync(set._stop.Token), CancellationToken.None));
        return set;
    }

    /// <summary>The node stops renewing its lease and touching its pods, as a kubelet that died.</summary>
    public void Stop(string name) => _nodes[name].Stopped = true;

    /// <summary>The node renews its lease again, reports Ready, and brings its pods back to their fate.</summary>
    public void Resume(string name)
    {
        _nodes[name].Stopped = false;
        foreach (var key in _informers.For<Pod>().Indexer.IndexKeys(Indexers.NodeName, name))
            _kubelet.Queue.Add(key);
    }

    /// <summary>Deletes the nodes and their leases (pods bound to them are left to pod GC, as upstream).</summary>
    public async Task DeleteNodesAsync(CancellationToken ct = default)
    {
        foreach (var node in _nodes.Values)
        {
            node.Stopped = true;
            await IgnoreNotFound(() => _client.DeleteAsync<Lease>("kube-node-lease", node.Name, ct: ct));
            await IgnoreNotFound(() => _client.DeleteAsync<Node>(null, node.Name, ct: ct));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_running);
        }
        catch (OperationCanceledException)
        {
        }

        await _informers.ShutdownAsync();
        _stop.Dispose();
    }

    private async Task HeartbeatsAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _time);
        while (await WaitAsync(timer, ct))
        {
            await Parallel.ForEachAsync(_nodes.Values, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (node, _) =>
            {
                try
                {
                    await node.HeartbeatAsync(_nodeObjects.Get(null, node.Name), ct);
                }
                catch (Exception e) when (e is ApiStatusException or HttpRequestException or OperationCanceledException)
                {
                    // A missed heartbeat is what a flaky kubelet does too; the next tick tries again.
                }
            });
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Enqueue(Pod pod)
    {
        if (pod.Spec.NodeName is { } node && _nodes.ContainsKey(node))
            _kubelet.Queue.Add(ObjectKeys.Of(pod));
    }

    private void Bind(Controller<string> binder, Pod pod)
    {
        if (HollowBinder.Wants(pod) && (_options.BindNamespace is null || _options.BindNamespace == pod.Metadata.Namespace))
            binder.Queue.Add(ObjectKeys.Of(pod));
    }

    private static async Task IgnoreNotFound(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ApiStatusException e) when (e.Code == (int)HttpStatusCode.NotFound)
        {
        }
    }
}
