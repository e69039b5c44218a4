using Dotkube.Api.Coordination.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;

namespace Dotkube.Client.LeaderElection;

/// <summary>
/// A coordination.k8s.io/v1 Lease as the lock (client-go's resourcelock.LeaseLock). It remembers
/// the Lease it last saw, and updates carry that resourceVersion, so two writers racing on one
/// observation cannot both win: the later one gets 409 Conflict.
/// </summary>
internal sealed class LeaseLock(KubeClient client, string ns, string name) : ILeaseLock
{
    private Lease? _lease;

    public string Describe => $"{ns}/{name}";

    public async Task<LeaderElectionRecord?> GetAsync(CancellationToken ct)
    {
        try
        {
            _lease = await client.GetAsync<Lease>(ns, name, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            _lease = null;
            return null;
        }

        return ToRecord(_lease.Spec);
    }

    public async Task CreateAsync(LeaderElectionRecord record, CancellationToken ct)
    {
        var lease = new Lease { Metadata = new ObjectMeta { Namespace = ns, Name = name }, Spec = ToSpec(record) };
        _lease = await client.CreateAsync(lease, ct: ct).ConfigureAwait(false);
    }

    public async Task UpdateAsync(LeaderElectionRecord record, CancellationToken ct)
    {
        var lease = _lease ?? throw new InvalidOperationException($"lease {Describe} not initialized: get or create it first");
        lease.Spec = ToSpec(record);
        _lease = await client.UpdateAsync(lease, ct: ct).ConfigureAwait(false);
    }

    internal static LeaderElectionRecord ToRecord(LeaseSpec spec) => new(
        spec.HolderIdentity ?? "",
        spec.LeaseDurationSeconds ?? 0,
        spec.AcquireTime,
        spec.RenewTime,
        spec.LeaseTransitions ?? 0);

    internal static LeaseSpec ToSpec(LeaderElectionRecord record) => new()
    {
        // As client-go's LeaderElectionRecordToLeaseSpec, a released lease keeps an empty (not absent) holder.
        HolderIdentity = record.HolderIdentity,
        LeaseDurationSeconds = record.LeaseDurationSeconds,
        AcquireTime = record.AcquireTime,
        RenewTime = record.RenewTime,
        LeaseTransitions = record.LeaderTransitions,
    };
}
