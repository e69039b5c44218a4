using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Disruption;

/// <summary>
/// Upstream's stale pod disruption worker: a DisruptionTarget=True condition on a pod that is
/// still not being deleted after <see cref="Timeout"/> (an eviction or preemption that never
/// happened) is set to False. Conditions the kubelet added and those of finished pods are left
/// alone. Its queue holds pod keys, each added again when its condition falls due.
/// </summary>
internal sealed partial class StaleDisruptionCleaner : IReconciler<string>
{
    /// <summary>Upstream's stalePodDisruptionTimeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public const string DisruptionTarget = "DisruptionTarget";

    private readonly ControllerContext _context;
    private readonly SharedInformer<Pod> _pods;
    private readonly ILogger _logger;
    private readonly Controller<string> _controller;

    public StaleDisruptionCleaner(ControllerContext context, SharedInformer<Pod> pods, ILogger logger)
    {
        _context = context;
        _pods = pods;
        _logger = logger;
        _controller = new Controller<string>("stale_pod_disruption", this, context.Time, logger, new ControllerOptions { Workers = 1 }, context.Metrics);
    }

    public Task RunAsync(CancellationToken ct) => _controller.RunAsync(ct);

    /// <summary>Queues the pod for when its condition becomes stale, if it carries one that can.</summary>
    public void Observe(Pod pod)
    {
        if (StaleAfter(pod, _context.Time.GetUtcNow()) is { } wait)
            _controller.Queue.AddAfter(ObjectKeys.Of(pod), wait);
    }

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        if (_pods.Lister.Get(ns, name) is not { } pod || StaleAfter(pod, _context.Time.GetUtcNow()) is not { } wait)
            return ReconcileResult.Success;
        if (wait > TimeSpan.Zero)
            return ReconcileResult.After(wait);

        var updated = DisruptionController.Copy(pod);
        var index = updated.Status.Conditions!.FindIndex(c => c.Type == DisruptionTarget);
        // As upstream's UpdatePodCondition with a bare condition: reason and message are cleared.
        updated.Status.Conditions[index] = new PodCondition
        {
            Type = DisruptionTarget,
            Status = "False",
            LastTransitionTime = TruncateToSeconds(_context.Time.GetUtcNow()),
        };
        await _context.Client.UpdateStatusAsync(updated, ct: ct).ConfigureAwait(false);
        LogReset(_logger, ns!, name);
        return ReconcileResult.Success;
    }

    /// <summary>How long until the pod's DisruptionTarget condition is stale (zero when it is already); null when it cannot become stale.</summary>
    internal static TimeSpan? StaleAfter(Pod pod, DateTimeOffset now)
    {
        if (pod.Metadata.DeletionTimestamp is not null || pod.Status?.Phase is "Succeeded" or "Failed")
            return null;
        var condition = pod.Status?.Conditions?.FirstOrDefault(c => c.Type == DisruptionTarget);
        if (condition is not { Status: "True" } || condition.Reason == "TerminationByKubelet")
            return null;
        var wait = Timeout - (now - condition.LastTransitionTime);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reset stale DisruptionTarget condition to False for pod {Namespace}/{Name}")]
    private static partial void LogReset(ILogger logger, string @namespace, string name);
}
