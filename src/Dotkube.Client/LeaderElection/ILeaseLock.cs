namespace Dotkube.Client.LeaderElection;

/// <summary>
/// The elector's view of one lock object (client-go's resourcelock.Interface). Update is
/// conditional on the version last read, created or updated through this lock: a write in
/// between makes it throw a conflict.
/// </summary>
internal interface ILeaseLock
{
    /// <summary>"namespace/name", for logs.</summary>
    string Describe { get; }

    /// <summary>The current record, or null when the lock object does not exist.</summary>
    Task<LeaderElectionRecord?> GetAsync(CancellationToken ct);

    Task CreateAsync(LeaderElectionRecord record, CancellationToken ct);

    Task UpdateAsync(LeaderElectionRecord record, CancellationToken ct);
}
