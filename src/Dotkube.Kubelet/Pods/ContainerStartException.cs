namespace Dotkube.Kubelet.Pods;

/// <summary>A container could not be started; <see cref="Reason"/> is the waiting reason the status shows (ErrImagePull, CrashLoopBackOff, ...).</summary>
public sealed class ContainerStartException(string reason, string message, TimeSpan retryAfter = default, Exception? inner = null)
    : Exception(message, inner)
{
    public string Reason { get; } = reason;

    /// <summary>When a retry makes sense (the rest of a back-off); zero: on the next event.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
