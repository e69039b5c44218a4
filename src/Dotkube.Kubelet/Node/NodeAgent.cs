using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Cri;
using Microsoft.Extensions.Logging;
using NodeObject = Dotkube.Api.Core.V1.Node;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The kubelet's node side: registers the Node (creating it, or adopting an existing one and
/// restoring the labels the kubelet owns), renews its Lease every 10 s, checks the runtime with
/// CRI Status every 5 s, and computes the node status every 10 s (every second until the node is
/// first Ready), posting it when it changed or at least every 5 min, as upstream's
/// nodeStatusUpdateFrequency and nodeStatusReportFrequency. When the Node gets its podCIDR the
/// pod network's CNI config is written and the runtime told. A missing runtime (null clients)
/// leaves the node registered and NotReady.
/// </summary>
public sealed partial class NodeAgent
{
    private readonly KubeClient _client;
    private readonly NodeOptions _options;
    private readonly RuntimeServiceClient? _runtime;
    private readonly ImageServiceClient? _images;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MachineInfo _machine;
    private readonly NodeLease _lease;
    private readonly TaskCompletionSource<string> _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _nodeUid;

    public NodeAgent(KubeClient client, NodeOptions options, RuntimeServiceClient? runtime, ImageServiceClient? images,
        TimeProvider time, ILogger<NodeAgent> logger)
    {
        options.Validate();
        _client = client;
        _options = options;
        _runtime = runtime;
        _images = images;
        _time = time;
        _logger = logger;
        _machine = MachineInfo.Read(options.HostFiles);
        _lease = new NodeLease(client, options.NodeName, options.LeaseDurationSeconds, time);
        RuntimeState = new RuntimeState(time, options.RuntimeSyncThreshold);
    }

    /// <summary>Where the CNI conflist goes once the node has a podCIDR; null when the runtime's network is configured elsewhere.</summary>
    public PodNetworkPaths? PodNetwork { get; init; }

    public RuntimeState RuntimeState { get; }

    public string NodeName => _options.NodeName;

    /// <summary>Runs registration, lease, runtime checks and status updates until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        LogStarting(_logger, NodeName, _machine.CpuCount, _machine.MemoryBytes, _machine.OsImage);
        await Task.WhenAll(
            EveryAsync("check the container runtime", () => _readyPosted ? _options.RuntimeCheckFrequency : _options.StartupStatusFrequency, CheckRuntimeAsync, ct),
            EveryAsync("update the node status", () => _readyPosted ? _options.StatusUpdateFrequency : _options.StartupStatusFrequency, SyncStatusAsync, ct),
            RenewLeaseAsync(ct));
    }

    private async Task RenewLeaseAsync(CancellationToken ct)
    {
        try
        {
            await _registered.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await EveryAsync("renew the node lease", () => _options.LeaseRenewInterval, c => _lease.RenewAsync(_nodeUid, c), ct);
    }

    /// <summary>Creates the Node, or adopts the existing one and puts back the kubelet's labels if someone changed them.</summary>
    private async Task<NodeObject> RegisterAsync(CancellationToken ct)
    {
        var labels = NodeTemplate.Labels(NodeName, _machine.Architecture, _options.ControlPlane);
        NodeObject node;
        try
        {
            node = await _client.CreateAsync(new NodeObject { Metadata = new ObjectMeta { Name = NodeName, Labels = labels } }, ct: ct);
            LogRegistered(_logger, NodeName);
        }
        catch (ApiStatusException e) when (e.IsAlreadyExists || e.IsConflict)
        {
            node = await _client.GetAsync<NodeObject>(null, NodeName, ct);
            if (labels.Any(l => node.Metadata.Labels?.GetValueOrDefault(l.Key) != l.Value))
            {
                var patch = "{\"metadata\":{\"labels\":" + System.Text.Encoding.UTF8.GetString(Api.Serialization.KubeJson.Serialize(labels)) + "}}";
                node = await _client.PatchAsync<NodeObject>(null, NodeName, PatchType.Merge, patch, ct: ct);
            }

            LogAdopted(_logger, NodeName);
        }

        _nodeUid = node.Metadata.Uid;
        _registered.TrySetResult(NodeName);
        return node;
    }

    /// <summary>Runs <paramref name="pass"/> every interval; a failure is logged and retried after 200 ms, doubling up to 7 s, as upstream's lease controller retries.</summary>
    private async Task EveryAsync(string what, Func<TimeSpan> interval, Func<CancellationToken, Task> pass, CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await pass(ct);
                failures = 0;
                delay = interval();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                LogPassFailed(_logger, what, failures, e);
                delay = TimeSpan.FromMilliseconds(Math.Min(7000, 200 * Math.Pow(2, Math.Min(failures - 1, 10))));
            }

            try
            {
                await Task.Delay(delay, _time, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
