using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.Tests.NodeLifecycle;

/// <summary>
/// Just enough of a kubelet for the node controllers' tests: it registers a node with its
/// conditions, keeps its Lease in kube-node-lease renewed (or stops), and posts Ready. Node tests
/// own the cluster's nodes: <see cref="DeleteAllNodesAsync"/> clears what earlier tests left.
/// </summary>
internal sealed class SimulatedKubelet(KubeClient client, string nodeName) : IAsyncDisposable
{
    private const string LeaseNamespace = "kube-node-lease";
    private CancellationTokenSource? _renewing;
    private Task _renewal = Task.CompletedTask;

    public string NodeName => nodeName;

    public static async Task<SimulatedKubelet> RegisterAsync(KubeClient client, string name, string? zone = null, bool withLease = true)
    {
        var labels = new Dictionary<string, string> { ["kubernetes.io/hostname"] = name };
        if (zone is not null)
            labels["topology.kubernetes.io/zone"] = zone;
        await client.CreateAsync(new Node { Metadata = new ObjectMeta { Name = name, Labels = labels } });
        var kubelet = new SimulatedKubelet(client, name);
        await kubelet.PostReadyAsync(ConditionStatus.True);
        if (withLease)
        {
            var now = DateTimeOffset.UtcNow;
            await client.CreateAsync(new Lease
            {
                Metadata = new ObjectMeta { Name = name, Namespace = LeaseNamespace },
                Spec = new LeaseSpec { HolderIdentity = name, LeaseDurationSeconds = 40, RenewTime = now, AcquireTime = now },
            });
        }

        return kubelet;
    }

    /// <summary>Posts the Ready condition (and healthy pressure conditions) with a fresh heartbeat.</summary>
    public async Task PostReadyAsync(string status)
    {
        var node = await client.GetAsync<Node>(null, nodeName);
        var now = DateTimeOffset.UtcNow;
        node.Status.Conditions =
        [
            Condition("MemoryPressure", ConditionStatus.False, "KubeletHasSufficientMemory", now),
            Condition("DiskPressure", ConditionStatus.False, "KubeletHasNoDiskPressure", now),
            Condition("PIDPressure", ConditionStatus.False, "KubeletHasSufficientPID", now),
            Condition("Ready", status, status == ConditionStatus.True ? "KubeletReady" : "KubeletNotReady", now),
        ];
        await client.UpdateStatusAsync(node);
    }

    public async Task RenewLeaseAsync()
    {
        var lease = await client.GetAsync<Lease>(LeaseNamespace, nodeName);
        lease.Spec.RenewTime = DateTimeOffset.UtcNow;
        await client.UpdateAsync(lease);
    }

    /// <summary>Renews the lease every <paramref name="period"/> until <see cref="StopRenewingAsync"/>.</summary>
    public void StartRenewing(TimeSpan period)
    {
        _renewing = new CancellationTokenSource();
        var ct = _renewing.Token;
        _renewal = Task.Run(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    await RenewLeaseAsync();
                    await Task.Delay(period, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (ApiStatusException e) when (e.IsConflict)
                {
                }
                catch (ApiStatusException e) when (e.IsNotFound)
                {
                    // The test deleted the node and its lease while the loop was still running.
                    return;
                }
            }
        }, CancellationToken.None);
    }

    public async Task StopRenewingAsync()
    {
        if (_renewing is null)
            return;
        await _renewing.CancelAsync();
        await _renewal;
        _renewing.Dispose();
        _renewing = null;
    }

    public Task<Node> GetAsync() => client.GetAsync<Node>(null, nodeName);

    public async Task<Pod> RunPodAsync(string ns, string name, List<Toleration>? tolerations, bool ready = false)
    {
        var pod = await client.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = ns },
            Spec = new PodSpec
            {
                NodeName = nodeName,
                Tolerations = tolerations,
                Containers = [new Container { Name = "c", Image = "busybox" }],
            },
        });
        if (!ready)
            return pod;
        pod.Status.Phase = "Running";
        pod.Status.Conditions = [new PodCondition { Type = "Ready", Status = ConditionStatus.True, LastTransitionTime = DateTimeOffset.UtcNow }];
        return await client.UpdateStatusAsync(pod);
    }

    public static async Task DeleteAllNodesAsync(KubeClient client)
    {
        foreach (var node in (await client.ListAsync<Node>(null)).Items)
            await client.DeleteAsync<Node>(null, node.Metadata.Name!);
        foreach (var lease in (await client.ListAsync<Lease>(LeaseNamespace)).Items)
            await client.DeleteAsync<Lease>(LeaseNamespace, lease.Metadata.Name!);
    }

    public async ValueTask DisposeAsync() => await StopRenewingAsync();

    private static NodeCondition Condition(string type, string status, string reason, DateTimeOffset now) => new()
    {
        Type = type,
        Status = status,
        Reason = reason,
        Message = reason,
        LastHeartbeatTime = now,
        LastTransitionTime = now,
    };
}
