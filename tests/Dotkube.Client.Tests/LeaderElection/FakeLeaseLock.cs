using Dotkube.Client.LeaderElection;

namespace Dotkube.Client.Tests.LeaderElection;

/// <summary>An <see cref="ILeaseLock"/> over a <see cref="FakeLeaseStore"/>, conditional on the version it last saw, as LeaseLock.</summary>
internal sealed class FakeLeaseLock(FakeLeaseStore store) : ILeaseLock
{
    private long? _version;

    public string Describe => "kube-system/test";

    public Task<LeaderElectionRecord?> GetAsync(CancellationToken ct)
    {
        var (record, version) = store.Read();
        _version = record is null ? null : version;
        return Task.FromResult(record);
    }

    public Task CreateAsync(LeaderElectionRecord record, CancellationToken ct)
    {
        _version = store.Write(record, null);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(LeaderElectionRecord record, CancellationToken ct)
    {
        _version = store.Write(record, _version ?? throw new InvalidOperationException("update before get"));
        return Task.CompletedTask;
    }
}
