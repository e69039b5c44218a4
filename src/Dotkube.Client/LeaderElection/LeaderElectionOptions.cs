namespace Dotkube.Client.LeaderElection;

/// <summary>
/// How a <see cref="LeaderElector"/> competes for its Lease (client-go's LeaderElectionConfig);
/// validated when the elector is built. The three durations keep upstream's defaults, the ones
/// kube-controller-manager and kube-scheduler run with.
/// </summary>
public sealed class LeaderElectionOptions
{
    /// <summary>As client-go's wait.JitterUntil factor in acquire: a retry waits RetryPeriod plus up to 1.2 × RetryPeriod.</summary>
    public const double JitterFactor = 1.2;

    /// <summary>Namespace of the Lease. Defaults to "kube-system", where upstream control-plane components keep theirs.</summary>
    public string LeaseNamespace { get; init; } = "kube-system";

    /// <summary>Name of the Lease, one per controller group (upstream: "kube-controller-manager", "kube-scheduler"). Required.</summary>
    public string LeaseName { get; init; } = "";

    /// <summary>This candidate's holderIdentity; unique among candidates (upstream: hostname + "_" + a UUID). Required.</summary>
    public string Identity { get; init; } = "";

    /// <summary>
    /// Defaults to 15 s, as upstream --leader-elect-lease-duration: how long other candidates wait,
    /// from the moment they last saw the lease change, before taking it over. It is the longest a
    /// crashed leader leaves the controllers unrun. Written as whole seconds (leaseDurationSeconds).
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Defaults to 10 s, as upstream --leader-elect-renew-deadline: the leader gives up (cancels its
    /// work) when it has not renewed for this long. Shorter than <see cref="LeaseDuration"/>, so a
    /// cut-off leader stops before anyone else can acquire the lease.
    /// </summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Defaults to 2 s, as upstream --leader-elect-retry-period: how often the leader renews and a
    /// candidate retries (with <see cref="JitterFactor"/> jitter while acquiring).
    /// </summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Defaults to false, as client-go. When true, a leader whose RunAsync is cancelled writes the
    /// lease back with an empty holder and leaseDurationSeconds 1, so a successor takes over at once
    /// instead of after <see cref="LeaseDuration"/>. Only safe when the leading work has stopped,
    /// which <see cref="LeaderElector.RunAsync"/> waits for before releasing.
    /// </summary>
    public bool ReleaseOnCancel { get; init; }

    /// <summary>The lease's leaseDurationSeconds.</summary>
    internal int LeaseDurationSeconds => (int)LeaseDuration.TotalSeconds;

    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(LeaseNamespace);
        ArgumentException.ThrowIfNullOrEmpty(LeaseName);
        ArgumentException.ThrowIfNullOrEmpty(Identity);
        if (RetryPeriod <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RetryPeriod), RetryPeriod, "The retry period must be positive.");
        // As client-go's NewLeaderElector checks.
        if (LeaseDuration <= RenewDeadline)
            throw new ArgumentException("LeaseDuration must be greater than RenewDeadline.", nameof(LeaseDuration));
        if (RenewDeadline <= RetryPeriod * JitterFactor)
            throw new ArgumentException("RenewDeadline must be greater than RetryPeriod × JitterFactor.", nameof(RenewDeadline));
        if (LeaseDuration < TimeSpan.FromSeconds(1))
            throw new ArgumentOutOfRangeException(nameof(LeaseDuration), LeaseDuration, "The lease is written in whole seconds; it needs at least one.");
    }
}
