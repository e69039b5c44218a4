using System.Globalization;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.PodGc;

/// <summary>
/// Deletes pods nobody else will (upstream's pkg/controller/podgc), every
/// <see cref="PodGcOptions.CheckPeriod"/>: terminated pods beyond
/// <see cref="ControllerManagerOptions.TerminatedPodGcThreshold"/> (oldest first), terminating
/// pods on out-of-service nodes, pods bound to a node that no longer exists (after
/// <see cref="PodGcOptions.Quarantine"/> and a live GET of the node, as the node cache may lag),
/// and terminating pods that were never scheduled. Pods not yet finished are first marked Failed,
/// then every deletion is forced (grace period 0): there is no kubelet left to finish them.
/// </summary>
public sealed partial class PodGcController : IManagedController
{
    /// <summary>Field manager of the status writes (upstream's "PodGC").</summary>
    public const string FieldManager = "PodGC";

    private readonly ControllerContext _context;
    private readonly PodGcOptions _options;
    private readonly SharedInformer<Pod> _pods;
    private readonly SharedInformer<Node> _nodes;
    private readonly NodeQuarantine _quarantine;
    private readonly ILogger _logger;

    public PodGcController(ControllerContext context, PodGcOptions? options = null)
    {
        _context = context;
        _options = options ?? new PodGcOptions();
        _options.Validate();
        _quarantine = new NodeQuarantine(_options.Quarantine);
        _logger = context.Loggers.CreateLogger<PodGcController>();
        _pods = context.Informers.For<Pod>();
        _nodes = context.Informers.For<Node>();
    }

    public string Name => "podgc";

    public async Task RunAsync(CancellationToken ct)
    {
        await _pods.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _nodes.WaitForSyncAsync(ct).ConfigureAwait(false);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await CollectAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(_logger, e);
            }

            await Task.Delay(_options.CheckPeriod, _context.Time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One collection pass over the cached pods and nodes (upstream's gc).</summary>
    internal async Task CollectAsync(CancellationToken ct)
    {
        var pods = _pods.Lister.List();
        var threshold = _context.Options.TerminatedPodGcThreshold;
        var terminated = PodGcSelection.TerminatedBeyondThreshold(pods, threshold);
        if (terminated.Count > 0)
        {
            LogCollectingTerminated(_logger, terminated.Count, threshold);
            await DeleteAllAsync(terminated, null, ct).ConfigureAwait(false);
        }

        await DeleteAllAsync(PodGcSelection.TerminatingOnOutOfServiceNodes(pods, n => _nodes.Lister.Get(null, n)), null, ct).ConfigureAwait(false);
        await CollectOrphanedAsync(pods, ct).ConfigureAwait(false);
        await DeleteAllAsync(PodGcSelection.UnscheduledTerminating(pods), null, ct).ConfigureAwait(false);
    }

    private async Task CollectOrphanedAsync(IReadOnlyList<Pod> pods, CancellationToken ct)
    {
        var existing = _nodes.Lister.List().Select(n => n.Metadata.Name!).ToHashSet();
        var now = _context.Time.GetUtcNow();
        _quarantine.Observe(PodGcSelection.MissingNodes(pods, existing), now);
        var gone = new HashSet<string>();
        foreach (var node in _quarantine.TakeDue(now))
        {
            if (existing.Contains(node) || await NodeExistsAsync(node, ct).ConfigureAwait(false) != false)
                continue;
            gone.Add(node);
        }

        if (gone.Count == 0)
            return;
        var orphaned = pods.Where(p => p.Spec.NodeName is { } node && gone.Contains(node)).ToList();
        var condition = new JsonObject
        {
            ["type"] = "DisruptionTarget",
            ["status"] = "True",
            ["reason"] = "DeletionByPodGC",
            ["message"] = "PodGC: node no longer exists",
            ["lastTransitionTime"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        await DeleteAllAsync(orphaned, condition, ct).ConfigureAwait(false);
    }

    /// <summary>True or false from a live GET; null when the server could not tell (the node is checked again later).</summary>
    private async Task<bool?> NodeExistsAsync(string node, CancellationToken ct)
    {
        try
        {
            await _context.Client.GetAsync<Node>(null, node, ct).ConfigureAwait(false);
            return true;
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNodeCheckFailed(_logger, e, node);
            return null;
        }
    }

    private Task DeleteAllAsync(List<Pod> pods, JsonObject? condition, CancellationToken ct) =>
        Parallel.ForEachAsync(pods, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (pod, token) =>
            {
                try
                {
                    await MarkFailedAndDeleteAsync(pod, condition, token).ConfigureAwait(false);
                    LogDeleted(_logger, pod.Metadata.Namespace!, pod.Metadata.Name!);
                }
                catch (ApiStatusException e) when (e.IsNotFound)
                {
                }
                catch (ApiStatusException e)
                {
                    LogDeleteFailed(_logger, e, pod.Metadata.Namespace!, pod.Metadata.Name!);
                }
            });

    /// <summary>
    /// As upstream's markFailedAndDeletePodWithCondition: an unfinished pod is first set Failed
    /// (an orphan would otherwise show Running forever, with no kubelet to change it), then deleted at once.
    /// </summary>
    private async Task MarkFailedAndDeleteAsync(Pod pod, JsonObject? condition, CancellationToken ct)
    {
        var ns = pod.Metadata.Namespace;
        var name = pod.Metadata.Name!;
        if (pod.Status.Phase is not ("Succeeded" or "Failed"))
        {
            var status = new JsonObject { ["phase"] = "Failed" };
            if (condition is not null)
                status["conditions"] = new JsonArray(condition.DeepClone());
            var patch = new JsonObject { ["status"] = status }.ToJsonString();
            await _context.Client.PatchAsync<Pod>(ns, name, PatchType.StrategicMerge, patch,
                new PatchOptions { FieldManager = FieldManager }, "status", ct).ConfigureAwait(false);
        }

        var options = new DeleteOptions { GracePeriodSeconds = 0, Preconditions = new Preconditions { Uid = pod.Metadata.Uid } };
        await _context.Client.DeleteAsync<Pod>(ns, name, options, ct).ConfigureAwait(false);
    }
}
