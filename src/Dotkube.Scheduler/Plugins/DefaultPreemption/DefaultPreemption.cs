using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Client.Informers;
using Dotkube.Scheduler.Framework;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

/// <summary>
/// Preemption (upstream plugin DefaultPreemption, a PostFilter): when no node fits, find nodes
/// where evicting lower-priority pods would let the pod fit, pick the one whose evictions hurt
/// least, evict those pods there and nominate the node for the pod, which is retried once the
/// victims are gone. Its failures are appended to the FailedScheduling message after "preemption: ".
/// </summary>
public sealed partial class DefaultPreemption : IPostFilterPlugin
{
    public const string PluginName = "DefaultPreemption";

    /// <summary>Upstream's status for the nodes that were no candidates because no eviction helps there.</summary>
    public const string NotHelpful = "Preemption is not helpful for scheduling";

    private readonly IFrameworkHandle _handle;
    private readonly IPreemptionHandle? _preemption;
    private readonly Lister<Pod> _pods;
    private readonly Lister<PodDisruptionBudget> _pdbs;
    private readonly Random _random;
    private readonly ILogger _logger;

    /// <param name="random">Picks the node the dry run starts from; seeded in tests.</param>
    public DefaultPreemption(JsonObject? args, IFrameworkHandle handle, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(handle);
        Args = DefaultPreemptionArgs.From(args);
        _handle = handle;
        // Handles that only evaluate filters and scores (the placement explainer's) never reach PostFilter.
        _preemption = handle as IPreemptionHandle;
        _pods = handle.Informers.For<Pod>().Lister;
        _pdbs = handle.Informers.For<PodDisruptionBudget>().Lister;
        _random = random ?? Random.Shared;
        _logger = (_preemption?.Loggers ?? NullLoggerFactory.Instance).CreateLogger<DefaultPreemption>();
    }

    public string Name => PluginName;

    public DefaultPreemptionArgs Args { get; }

    private IPreemptionHandle Preemption =>
        _preemption ?? throw new InvalidOperationException("DefaultPreemption needs a handle that runs the filters for preemption");

    /// <summary>Upstream Preempt, with its messages prefixed "preemption: " as upstream's PostFilter does.</summary>
    public async Task<(PostFilterResult? Result, Status Status)> PostFilterAsync(CycleState state, Pod pod,
        IReadOnlyDictionary<string, Status> rejections, CancellationToken ct)
    {
        var (result, status) = await PreemptAsync(state, pod, rejections, ct).ConfigureAwait(false);
        return (result, status.Reasons.Count > 0 && status.Message.Length > 0
            ? new Status(status.Code, [$"preemption: {status.Message}"])
            : status);
    }

    private async Task<(PostFilterResult? Result, Status Status)> PreemptAsync(CycleState state, Pod pod,
        IReadOnlyDictionary<string, Status> rejections, CancellationToken ct)
    {
        // The queue's copy may be stale; the nomination in particular is read from the cache.
        if (_pods.Get(pod.Metadata.Namespace, pod.Metadata.Name!) is not { } latest)
            return (null, Status.Error($"pod \"{pod.Metadata.Name}\" not found"));
        pod = latest;

        var nominatedStatus = rejections.GetValueOrDefault(pod.Status.NominatedNodeName ?? "");
        if (PodEligibleToPreemptOthers(pod, nominatedStatus) is { } notEligible)
        {
            LogNotEligible(_logger, pod.Metadata.Namespace, pod.Metadata.Name, notEligible);
            return (null, Status.Unschedulable(notEligible));
        }

        var (candidates, statuses, error) = await FindCandidatesAsync(state, pod, rejections, ct).ConfigureAwait(false);
        if (error is not null && candidates.Count == 0)
            return (null, error);
        if (candidates.Count == 0)
        {
            var fitError = new Runtime.FitError(pod, _handle.Snapshot.Nodes.Count) { AbsentNodesStatus = Status.Unresolvable(NotHelpful) };
            foreach (var (node, status) in statuses)
                fitError.NodeStatuses[node] = status;
            // An empty nomination clears any earlier one.
            return (new PostFilterResult(""), Status.Unschedulable(fitError.Message));
        }

        if (CandidatePicker.Pick(candidates, _handle.Time.GetUtcNow()) is not { } best)
            return (null, Status.Unschedulable("no candidate node for preemption"));
        if (await PrepareCandidateAsync(best, pod, ct).ConfigureAwait(false) is { IsSuccess: false } failed)
            return (null, failed);
        return (new PostFilterResult(best.NodeName), Status.Success);
    }
}
