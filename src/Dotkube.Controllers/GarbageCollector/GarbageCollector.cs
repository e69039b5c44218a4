using Dotkube.Client.Dynamic;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.GarbageCollector;

/// <summary>
/// The garbage collector (kube-controller-manager's garbagecollector): it keeps a graph of the
/// ownerReferences of every object it can list, watch and delete (metadata informers per
/// discovered resource, rediscovered every 30 s so new kinds are covered), and
/// <list type="bullet">
/// <item>deletes objects whose owners are all gone (attemptToDelete), with the policy their own
/// finalizers ask for, else in the background, so deletions cascade; an object that still has a
/// live owner only loses its references to the gone ones;</item>
/// <item>for an owner deleted in the foreground ("foregroundDeletion" finalizer) deletes its
/// dependents, waits until none with blockOwnerDeletion=true is left, then removes the finalizer;</item>
/// <item>for an owner deleted with "orphan" removes its references from every dependent, then the
/// finalizer (attemptToOrphan).</item>
/// </list>
/// Every absence is confirmed by a live read by uid before anything is deleted.
/// </summary>
public sealed partial class GarbageCollector : IManagedController
{
    public const string ControllerName = "garbagecollector";

    /// <summary>As kube-controller-manager: the graph follows resources added or removed within 30 s.</summary>
    public static readonly TimeSpan DiscoveryPeriod = TimeSpan.FromSeconds(30);

    /// <summary>--concurrent-gc-syncs, upstream default 20: deletes are I/O bound.</summary>
    private const int Workers = 20;

    private readonly ControllerContext _ctx;
    private readonly ILogger _logger;
    private readonly MetadataClient _metadata;
    private readonly DiscoveryClient _discovery;
    private readonly GraphMonitors _monitors;
    private readonly Controller<string> _attemptToDelete;
    private readonly Controller<string> _attemptToOrphan;
    private readonly AbsentOwnerCache _absentOwners = new();
    private volatile DiscoveryResult _resources = new([], new Dictionary<string, string>());

    public GarbageCollector(ControllerContext ctx)
    {
        _ctx = ctx;
        _logger = ctx.Loggers.CreateLogger<GarbageCollector>();
        _metadata = new MetadataClient(ctx.Client);
        _discovery = new DiscoveryClient(ctx.Client);
        _monitors = new GraphMonitors(_metadata, ctx.Time, ctx.Loggers);
        var options = new ControllerOptions { Workers = Workers };
        _attemptToDelete = new Controller<string>("garbage_collector_attempt_to_delete", new Reconciler(AttemptToDeleteAsync), ctx.Time,
            _logger, options, ctx.Metrics);
        _attemptToOrphan = new Controller<string>("garbage_collector_attempt_to_orphan", new Reconciler(AttemptToOrphanAsync), ctx.Time,
            _logger, options, ctx.Metrics);
        Graph = new DependencyGraph(_attemptToDelete.Queue.Add, _attemptToOrphan.Queue.Add);
    }

    public string Name => ControllerName;

    public DependencyGraph Graph { get; }

    public async Task RunAsync(CancellationToken ct)
    {
        await using (_monitors.ConfigureAwait(false))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var graph = Task.Run(() => ProcessGraphChangesAsync(stop.Token), CancellationToken.None);
            try
            {
                var started = await DiscoverAsync(stop.Token).ConfigureAwait(false);
                // As upstream, workers start once the graph holds every monitored object, so an
                // owner missing from it is really missing rather than not listed yet.
                await Task.WhenAll(started.Select(i => i.WaitForSyncAsync(stop.Token))).ConfigureAwait(false);
                LogSynced(_logger, _monitors.Count, Graph.Count);
                await Task.WhenAll(
                    _attemptToDelete.RunAsync(stop.Token),
                    _attemptToOrphan.RunAsync(stop.Token),
                    RediscoverAsync(stop.Token)).ConfigureAwait(false);
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await graph.ConfigureAwait(false);
            }
        }
    }

    /// <summary>Discovers until it succeeds (the API server may be starting), then starts the monitors.</summary>
    private async Task<IReadOnlyList<Client.Informers.SharedInformer<Api.Meta.PartialObjectMetadata>>> DiscoverAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                var found = await _discovery.ServerPreferredResourcesAsync(ct).ConfigureAwait(false);
                if (!found.Complete)
                    LogDiscoveryIncomplete(_logger, found.FailureMessage);
                _resources = found;
                return await _monitors.SyncAsync(found.Resources, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Client.Rest.ApiStatusException or HttpRequestException && !ct.IsCancellationRequested)
            {
                LogDiscoveryFailed(_logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), _ctx.Time, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task RediscoverAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(DiscoveryPeriod, _ctx.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                var before = _monitors.Count;
                await DiscoverAsync(ct).ConfigureAwait(false);
                if (_monitors.Count != before)
                    LogMonitorsChanged(_logger, before, _monitors.Count);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>The single reader of graph changes (upstream's runProcessGraphChanges).</summary>
    private async Task ProcessGraphChangesAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var e in _monitors.Events.ReadAllAsync(ct).ConfigureAwait(false))
                Graph.Apply(e);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private sealed class Reconciler(Func<string, CancellationToken, Task<ReconcileResult>> reconcile) : IReconciler<string>
    {
        public Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct) => reconcile(key, ct);
    }
}
