namespace Dotkube.Client.Runtime;

/// <summary>How a <see cref="Controller{TKey}"/> runs; validated when the controller is built.</summary>
public sealed class ControllerOptions
{
    /// <summary>
    /// Defaults to 1, as controller-runtime's MaxConcurrentReconciles. More workers reconcile
    /// different keys in parallel (kube-controller-manager runs 5 for deployments); the queue
    /// never lets two of them hold the same key.
    /// </summary>
    public int Workers { get; init; } = 1;

    public void Validate()
    {
        if (Workers < 1)
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "A controller needs at least one worker.");
    }
}
