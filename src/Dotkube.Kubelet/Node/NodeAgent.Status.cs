using System.Text;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;
using Dotkube.Grpc;
using NodeObject = Dotkube.Api.Core.V1.Node;

namespace Dotkube.Kubelet.Node;

public sealed partial class NodeAgent
{
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;
    private List<ContainerImage> _imageList = [];
    private volatile bool _readyPosted;

    /// <summary>One status pass (upstream's tryUpdateNodeStatus): read the Node, apply the setters, post when it changed or the report is due.</summary>
    private async Task SyncStatusAsync(CancellationToken ct)
    {
        NodeObject node;
        if (_nodeUid is null)
        {
            node = await RegisterAsync(ct);
        }
        else
        {
            try
            {
                node = await _client.GetAsync<NodeObject>(null, NodeName, ct);
            }
            catch (ApiStatusException e) when (e.IsNotFound)
            {
                // Deleted under us: register again, as a restarted kubelet would.
                node = await RegisterAsync(ct);
            }
        }

        await ConfigureNetworkAsync(node, ct);
        var before = Fingerprint(node.Status);
        var now = _time.GetUtcNow();
        await ApplyAsync(node.Status, now, ct);
        var changed = Fingerprint(node.Status) != before;
        if (!changed && now - _lastReport < _options.StatusReportFrequency)
        {
            return;
        }

        var patch = "{\"status\":" + Encoding.UTF8.GetString(KubeJson.Serialize(node.Status)) + "}";
        await _client.PatchAsync<NodeObject>(null, NodeName, PatchType.Merge, patch, subresource: "status", ct: ct);
        _lastReport = now;
        var ready = node.Status.Conditions!.Find(c => c.Type == NodeConditions.Ready)!;
        if (changed)
        {
            LogStatusPosted(_logger, NodeName, ready.Status, ready.Message ?? "");
        }

        _readyPosted |= ready.Status == "True";
    }

    /// <summary>The status setters, in upstream's order, onto the status as read.</summary>
    private async Task ApplyAsync(NodeStatus status, DateTimeOffset now, CancellationToken ct)
    {
        var capacity = NodeTemplate.Capacity(_machine, NodeTemplate.FilesystemBytes(_options.DataDir), _options.MaxPods);
        status.Capacity = capacity;
        status.Allocatable = new Dictionary<string, Api.Values.Quantity>(capacity, StringComparer.Ordinal);
        status.Addresses = NodeAddresses.For(NodeName, _options.HostFiles);
        status.DaemonEndpoints.KubeletEndpoint.Port = _options.KubeletPort;
        status.NodeInfo = NodeTemplate.NodeInfo(_machine, _runtimeVersion, _options.KubeletVersion);
        status.Images = await ImagesAsync(ct);
        NodeConditions.Apply(status, RuntimeState.Errors(), now);
    }

    private async Task<List<ContainerImage>> ImagesAsync(CancellationToken ct)
    {
        if (_images is null)
        {
            return _imageList;
        }

        try
        {
            _imageList = NodeImages.From(await _images.ListImagesAsync(cancellationToken: ct), _options.MaxImages);
        }
        catch (RpcException e)
        {
            // Keep the last list: a runtime hiccup should not make the scheduler think the images are gone.
            LogRuntimeCheckFailed(_logger, e.Message);
        }

        return _imageList;
    }

    /// <summary>The status without heartbeat times, so that a pass that changed nothing else posts nothing (upstream's nodeStatusHasChanged).</summary>
    internal static string Fingerprint(NodeStatus status)
    {
        var json = JsonNode.Parse(KubeJson.Serialize(status))!;
        foreach (var condition in json["conditions"]?.AsArray() ?? [])
        {
            condition?.AsObject().Remove("lastHeartbeatTime");
        }

        return json.ToJsonString();
    }
}
