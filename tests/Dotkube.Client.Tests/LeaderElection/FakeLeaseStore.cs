using Dotkube.Api.Meta;
using Dotkube.Client.LeaderElection;
using Dotkube.Client.Rest;

namespace Dotkube.Client.Tests.LeaderElection;

/// <summary>One lease in memory with a version, shared by the <see cref="FakeLeaseLock"/>s of competing electors.</summary>
internal sealed class FakeLeaseStore
{
    private readonly Lock _lock = new();

    public LeaderElectionRecord? Record { get; private set; }

    public long Version { get; private set; }

    /// <summary>When set, every call fails with it, as an unreachable API server.</summary>
    public Exception? FailWith { get; set; }

    public void Put(LeaderElectionRecord record)
    {
        lock (_lock)
        {
            Record = record;
            Version++;
        }
    }

    internal (LeaderElectionRecord? Record, long Version) Read()
    {
        lock (_lock)
        {
            ThrowIfFailing();
            return (Record, Version);
        }
    }

    internal long Write(LeaderElectionRecord record, long? expected)
    {
        lock (_lock)
        {
            ThrowIfFailing();
            if (expected is null && Record is not null)
                throw new ApiStatusException(new Status { Code = 409, Reason = "AlreadyExists" });
            if (expected is not null && expected != Version)
                throw new ApiStatusException(new Status { Code = 409, Reason = "Conflict" });
            Record = record;
            return ++Version;
        }
    }

    private void ThrowIfFailing()
    {
        if (FailWith is { } e)
            throw e;
    }
}
