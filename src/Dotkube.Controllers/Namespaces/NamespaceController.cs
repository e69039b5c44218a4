using Dotkube.Client.Dynamic;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;
using CoreNamespace = Dotkube.Api.Core.V1.Namespace;

namespace Dotkube.Controllers.Namespaces;

/// <summary>
/// The namespace controller (kube-controller-manager's namespace controller with its
/// NamespacedResourcesDeleter): for a deleted namespace still holding the "kubernetes" spec
/// finalizer it marks the namespace Terminating, deletes the content of every namespaced
/// resource discovery reports (rediscovered each sync, so new kinds are covered), reports
/// progress in the namespace's conditions, waits while content remains (requeued after half the
/// estimated time, as upstream), and then removes its finalizer through /finalize, after which
/// the API server removes the namespace.
/// </summary>
public sealed partial class NamespaceController : IManagedController, IReconciler<string>
{
    public const string ControllerName = "namespace";

    /// <summary>As upstream's namespaceDeletionGracePeriod: a deleted namespace is looked at 5 s later, letting caches catch up.</summary>
    public static readonly TimeSpan DeletionGracePeriod = TimeSpan.FromSeconds(5);

    /// <summary>--concurrent-namespace-syncs, upstream default 10.</summary>
    private const int Workers = 10;

    private readonly ControllerContext _ctx;
    private readonly ILogger _logger;
    private readonly SharedInformer<CoreNamespace> _namespaces;
    private readonly Controller<string> _controller;
    private readonly NamespacedResourcesDeleter _deleter;

    public NamespaceController(ControllerContext ctx)
    {
        _ctx = ctx;
        _logger = ctx.Loggers.CreateLogger<NamespaceController>();
        _deleter = new NamespacedResourcesDeleter(ctx.Client, new DiscoveryClient(ctx.Client), new MetadataClient(ctx.Client), ctx.Time, _logger);
        _controller = new Controller<string>(ControllerName, this, ctx.Time, _logger, new ControllerOptions { Workers = Workers }, ctx.Metrics);
        _namespaces = ctx.Informers.For<CoreNamespace>();
        _namespaces.AddEventHandler((ns, _) => Enqueue(ns), (_, ns) => Enqueue(ns));
    }

    public string Name => ControllerName;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!await _namespaces.WaitForSyncAsync(ct).ConfigureAwait(false))
            return;
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        // As upstream, the namespace is read live: several controllers edit it while it terminates.
        CoreNamespace ns;
        try
        {
            ns = await _ctx.Client.GetAsync<CoreNamespace>(null, key, ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return ReconcileResult.Success;
        }

        if (ns.Metadata.DeletionTimestamp is null)
            return ReconcileResult.Success;
        try
        {
            var estimate = await _deleter.DeleteAsync(ns, ct).ConfigureAwait(false);
            if (estimate > TimeSpan.Zero)
            {
                // Upstream waits half the estimate plus a second before looking again.
                var wait = TimeSpan.FromSeconds((long)estimate.TotalSeconds / 2 + 1);
                LogContentRemaining(_logger, key, (long)wait.TotalSeconds);
                return ReconcileResult.After(wait);
            }
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            // Another controller finished the deletion meanwhile.
        }

        return ReconcileResult.Success;
    }

    private void Enqueue(CoreNamespace ns)
    {
        if (ns.Metadata.DeletionTimestamp is not null)
            _controller.Queue.AddAfter(ns.Metadata.Name!, DeletionGracePeriod);
    }
}
