namespace Dotkube.Client.LeaderElection;

/// <summary>
/// The lock's content (client-go's resourcelock.LeaderElectionRecord), kept apart from the Lease so
/// that value equality tells whether the lease changed since it was last observed.
/// </summary>
internal sealed record LeaderElectionRecord(
    string HolderIdentity,
    int LeaseDurationSeconds,
    DateTimeOffset? AcquireTime,
    DateTimeOffset? RenewTime,
    int LeaderTransitions);
