using System.Net;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.NodeIpam;

/// <summary>
/// The node IPAM controller with upstream's range allocator (kube-controller-manager's "nodeipam",
/// pkg/controller/nodeipam/ipam/range_allocator.go): every node without spec.podCIDR gets the next
/// free /--node-cidr-mask-size of --cluster-cidr in spec.podCIDR and spec.podCIDRs. CIDRs nodes
/// already have are occupied before any is handed out and never changed; a deleted node's CIDR is
/// free again. When the range is full the node gets a CIDRNotAvailable event and is retried with
/// backoff (upstream sets no node condition for it).
/// <para>
/// Differences from upstream: only one (single-stack) cluster CIDR is handed out, and the
/// service CIDR is not filtered out of it (upstream occupies --service-cluster-ip-range where it
/// overlaps --cluster-cidr): the options carry no service range, and dotkube's defaults
/// (10.42.0.0/16 pods, 10.43.0.0/16 services, as k3s) do not overlap; a --service-cidr chosen
/// inside the cluster CIDR is not guarded against.
/// </para>
/// </summary>
public sealed partial class NodeIpamController : IManagedController, IReconciler<string>
{
    public const string ControllerName = "nodeipam";

    /// <summary>The source component of its events, as upstream's range allocator.</summary>
    public const string EventComponent = "cidrAllocator";

    private readonly ControllerContext _ctx;
    private readonly SharedInformer<Node> _nodes;
    private readonly Controller<string> _controller;
    private readonly EventRecorder _events;
    private readonly ILogger _logger;

    /// <summary>Guards the set and who holds what: the informer's delete handler and the workers both touch them.</summary>
    private readonly Lock _lock = new();
    private readonly CidrSet _cidrs;
    private readonly Dictionary<string, IPNetwork> _byNode = new(StringComparer.Ordinal);

    public NodeIpamController(ControllerContext ctx)
    {
        _ctx = ctx;
        _logger = ctx.Loggers.CreateLogger<NodeIpamController>();
        _events = ctx.Events(EventComponent);
        _cidrs = new CidrSet(ctx.Options.ClusterCidr, ctx.Options.NodeCidrMaskSize);
        _nodes = ctx.Informers.For<Node>();
        _controller = new Controller<string>(ControllerName, this, ctx.Time, _logger,
            new ControllerOptions { Workers = ctx.Options.ConcurrentSyncs }, ctx.Metrics);
        _nodes.AddEventHandler(
            (node, _) => _controller.Queue.Add(node.Metadata.Name!),
            (_, node) => _controller.Queue.Add(node.Metadata.Name!),
            node =>
            {
                Release(node.Metadata.Name!);
                _controller.Queue.Add(node.Metadata.Name!);
            });
    }

    public string Name => ControllerName;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await _nodes.WaitForSyncAsync(ct).ConfigureAwait(false))
            return;
        // Occupy every CIDR already handed out before handing out any, as upstream's constructor.
        foreach (var node in _nodes.Lister.List())
            OccupyExisting(node);
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var node = _nodes.Lister.Get(null, key);
        if (node is null || node.Metadata.DeletionTimestamp is not null)
        {
            Release(key);
            return ReconcileResult.Success;
        }

        if (OccupyExisting(node))
            return ReconcileResult.Success;

        IPNetwork? cidr;
        lock (_lock)
        {
            // A CIDR already held for this name was patched, or is being: the cache has not caught up.
            if (_byNode.TryGetValue(key, out var held))
            {
                cidr = held;
            }
            else
            {
                cidr = _cidrs.AllocateNext();
                if (cidr is { } next)
                    _byNode[key] = next;
            }
        }

        if (cidr is not { } allocated)
        {
            LogRangeFull(_logger, key, _ctx.Options.ClusterCidr);
            _events.Event(node, EventType.Warning, "CIDRNotAvailable", "Node {0} status is now: {1}", key, "CIDRNotAvailable");
            return ReconcileResult.RequeueWithBackoff;
        }

        var text = allocated.ToString();
        var patch = new JsonObject
        {
            // The uid guards against a node deleted and recreated under the same name meanwhile.
            ["metadata"] = new JsonObject { ["uid"] = node.Metadata.Uid },
            ["spec"] = new JsonObject { ["podCIDR"] = text, ["podCIDRs"] = new JsonArray(text) },
        };
        try
        {
            await _ctx.Client.PatchAsync<Node>(null, key, PatchType.StrategicMerge, patch.ToJsonString(), ct: ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.Reason != "ServerTimeout")
        {
            // The write surely failed: the CIDR is free again (a timeout may have written it: keep it held).
            _events.Event(node, EventType.Warning, "CIDRAssignmentFailed", "Node {0} status is now: {1}", key, "CIDRAssignmentFailed");
            Release(key);
            throw;
        }

        LogAssigned(_logger, key, text);
        return ReconcileResult.Success;
    }

    /// <summary>
    /// Records the CIDR a node already has (replacing whatever this controller held for it); true
    /// when the node has one. A CIDR outside the cluster CIDR is left alone and logged, as nothing
    /// here can fix it.
    /// </summary>
    private bool OccupyExisting(Node node)
    {
        var text = node.Spec.PodCIDRs is [var first, ..] ? first : node.Spec.PodCIDR;
        if (string.IsNullOrEmpty(text))
            return false;
        var name = node.Metadata.Name!;
        if (!TryParseSloppy(text, out var cidr))
        {
            LogUnusableCidr(_logger, name, text);
            return true;
        }

        lock (_lock)
        {
            if (_byNode.TryGetValue(name, out var held))
            {
                if (held == cidr)
                    return true;
                _cidrs.Release(held);
            }

            if (_cidrs.Occupy(cidr))
                _byNode[name] = cidr;
            else
                LogUnusableCidr(_logger, name, text);
        }

        return true;
    }

    private void Release(string name)
    {
        lock (_lock)
        {
            if (_byNode.Remove(name, out var held))
                _cidrs.Release(held);
        }
    }

    /// <summary>Upstream's ParseCIDRSloppy as the range allocator uses it: host bits are masked off.</summary>
    private static bool TryParseSloppy(string text, out IPNetwork cidr)
    {
        cidr = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(text.AsSpan(0, slash), out var address) || !int.TryParse(text.AsSpan(slash + 1), out var prefix))
            return false;
        var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        if (prefix < 0 || prefix > bits)
            return false;
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        cidr = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }
}
