namespace Dotkube.Controllers.PodGc;

/// <summary>Timing of the pod garbage collector; the terminated-pod threshold is <see cref="ControllerManagerOptions.TerminatedPodGcThreshold"/>.</summary>
public sealed class PodGcOptions
{
    /// <summary>How often pods are checked (upstream's gcCheckPeriod, 20 s).</summary>
    public TimeSpan CheckPeriod { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a node must stay missing before its pods are deleted (upstream's quarantineTime,
    /// 40 s): a node informer may lag behind a pod bound to a node just created.
    /// </summary>
    public TimeSpan Quarantine { get; init; } = TimeSpan.FromSeconds(40);

    public void Validate()
    {
        if (CheckPeriod <= TimeSpan.Zero)
            throw new ArgumentException("the pod GC check period must be positive");
        if (Quarantine < TimeSpan.Zero)
            throw new ArgumentException("the pod GC quarantine must not be negative");
    }
}
