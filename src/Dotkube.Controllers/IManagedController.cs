namespace Dotkube.Controllers;

/// <summary>
/// One controller of the controller manager. Its constructor asks the shared informer factory for
/// the informers it needs and adds its event handlers (so one list and one watch per resource
/// serve every controller); <see cref="RunAsync"/> waits for those informers to sync, then works
/// until the token is cancelled, as kube-controller-manager's controllers do.
/// </summary>
public interface IManagedController
{
    /// <summary>The upstream controller name (e.g. "replicaset"), used in logs, metrics and --disable-controller.</summary>
    string Name { get; }

    Task RunAsync(CancellationToken ct);
}
