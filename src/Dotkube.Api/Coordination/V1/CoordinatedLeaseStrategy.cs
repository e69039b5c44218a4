namespace Dotkube.Api.Coordination.V1;

/// <summary>Values of LeaseSpec.strategy (coordination/v1 CoordinatedLeaseStrategy).</summary>
public static class CoordinatedLeaseStrategy
{
    /// <summary>The candidate with the oldest emulation version, then binary version, then creation time wins.</summary>
    public const string OldestEmulationVersion = "OldestEmulationVersion";
}
