using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The node's heartbeat Lease in kube-node-lease, as upstream's kubelet lease controller keeps
/// it: named after the node, holderIdentity the node, leaseDurationSeconds 40, renewTime now,
/// owned by the Node (so it goes with it), created when missing.
/// </summary>
public sealed class NodeLease(KubeClient client, string nodeName, int durationSeconds, TimeProvider time)
{
    public const string Namespace = "kube-node-lease";

    private Lease? _lease;

    /// <summary>Renews the lease (creating it when missing); <paramref name="nodeUid"/> makes the Node its owner.</summary>
    public async Task RenewAsync(string? nodeUid, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        _lease ??= await GetOrNullAsync(ct);
        if (_lease is null)
        {
            _lease = await client.CreateAsync(New(nodeUid, now), ct: ct);
            return;
        }

        _lease.Spec.HolderIdentity = nodeName;
        _lease.Spec.LeaseDurationSeconds = durationSeconds;
        _lease.Spec.RenewTime = now;
        if (nodeUid is not null && _lease.Metadata.OwnerReferences is not { Count: > 0 })
        {
            _lease.Metadata.OwnerReferences = [Owner(nodeUid)];
        }

        try
        {
            _lease = await client.UpdateAsync(_lease, ct: ct);
        }
        catch (ApiStatusException e) when (e.IsConflict || e.IsNotFound)
        {
            // Someone else wrote or deleted it: start again from the stored one next time (the caller retries soon).
            _lease = null;
            throw;
        }
    }

    private async Task<Lease?> GetOrNullAsync(CancellationToken ct)
    {
        try
        {
            return await client.GetAsync<Lease>(Namespace, nodeName, ct);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    private Lease New(string? nodeUid, DateTimeOffset now) => new()
    {
        Metadata = new ObjectMeta { Name = nodeName, Namespace = Namespace, OwnerReferences = nodeUid is null ? null : [Owner(nodeUid)] },
        Spec = new LeaseSpec { HolderIdentity = nodeName, LeaseDurationSeconds = durationSeconds, RenewTime = now },
    };

    private OwnerReference Owner(string nodeUid) => new() { ApiVersion = "v1", Kind = "Node", Name = nodeName, Uid = nodeUid };
}
