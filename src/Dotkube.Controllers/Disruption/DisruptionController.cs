using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Disruption;

/// <summary>
/// Keeps the status of every policy/v1 PodDisruptionBudget (upstream's pkg/controller/disruption):
/// the selected pods that are healthy, how many must be, how many are expected, and so how many
/// evictions the API server may allow; entries the eviction subresource added to disruptedPods
/// are dropped once their pod is deleted or after <see cref="DisruptedPods.DeletionTimeout"/>.
/// When a status cannot be computed it fails safe: disruptionsAllowed 0 with a SyncFailed
/// condition. A second queue resets stale DisruptionTarget conditions of pods an eviction never deleted.
/// </summary>
public sealed partial class DisruptionController : IManagedController, IReconciler<string>
{
    private readonly ControllerContext _context;
    private readonly SharedInformer<PodDisruptionBudget> _budgets;
    private readonly SharedInformer<Pod> _pods;
    private readonly SharedInformer<ReplicationController> _replicationControllers;
    private readonly SharedInformer<ReplicaSet> _replicaSets;
    private readonly SharedInformer<Deployment> _deployments;
    private readonly SharedInformer<StatefulSet> _statefulSets;
    private readonly ControllerScales _scales;
    private readonly Controller<string> _controller;
    private readonly StaleDisruptionCleaner _staleConditions;
    private readonly EventRecorder _events;
    private readonly ILogger _logger;

    public DisruptionController(ControllerContext context)
    {
        _context = context;
        _logger = context.Loggers.CreateLogger<DisruptionController>();
        // Upstream's recorder reports as "controllermanager".
        _events = context.Events("controllermanager");
        _budgets = context.Informers.For<PodDisruptionBudget>();
        _pods = context.Informers.For<Pod>();
        _replicationControllers = context.Informers.For<ReplicationController>();
        _replicaSets = context.Informers.For<ReplicaSet>();
        _deployments = context.Informers.For<Deployment>();
        _statefulSets = context.Informers.For<StatefulSet>();
        _scales = new ControllerScales(_replicationControllers.Lister, _replicaSets.Lister, _deployments.Lister, _statefulSets.Lister);
        // Upstream runs one worker for this queue.
        _controller = new Controller<string>(Name, this, context.Time, _logger, new ControllerOptions { Workers = 1 }, context.Metrics);
        _staleConditions = new StaleDisruptionCleaner(context, _pods, _logger);

        _budgets.AddEventHandler(
            onAdd: (pdb, _) => Enqueue(pdb),
            onUpdate: (_, pdb) => Enqueue(pdb),
            onDelete: Enqueue);
        _pods.AddEventHandler(
            onAdd: (pod, _) => PodChanged(pod),
            onUpdate: (_, pod) => PodChanged(pod),
            onDelete: pod => EnqueueBudgetsOf(pod));
    }

    public string Name => "disruption";

    public async Task RunAsync(CancellationToken ct)
    {
        await _pods.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _budgets.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _replicationControllers.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _replicaSets.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _deployments.WaitForSyncAsync(ct).ConfigureAwait(false);
        await _statefulSets.WaitForSyncAsync(ct).ConfigureAwait(false);
        await Task.WhenAll(_controller.RunAsync(ct), _staleConditions.RunAsync(ct)).ConfigureAwait(false);
    }

    private void Enqueue(PodDisruptionBudget pdb) => _controller.Queue.Add(ObjectKeys.Of(pdb));

    private void PodChanged(Pod pod)
    {
        EnqueueBudgetsOf(pod);
        _staleConditions.Observe(pod);
    }

    /// <summary>
    /// Upstream syncs one budget of a pod, picked arbitrarily, and warns when there are more;
    /// here every budget selecting the pod is synced, with the same warning.
    /// </summary>
    private void EnqueueBudgetsOf(Pod pod)
    {
        var budgets = _budgets.Lister.List(pod.Metadata.Namespace).Where(pdb => DisruptionBudgetRules.Selects(pdb, pod)).ToList();
        foreach (var pdb in budgets)
            Enqueue(pdb);
        if (budgets.Count > 1 && pod.Metadata.DeletionTimestamp is null)
        {
            _events.Event(pod, "Warning", "MultiplePodDisruptionBudgets",
                $"Pod \"{pod.Metadata.Namespace}\"/\"{pod.Metadata.Name}\" matches multiple PodDisruptionBudgets.  Chose \"{budgets[0].Metadata.Name}\" arbitrarily.");
        }
    }
}
