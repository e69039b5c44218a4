using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Selectors;
using Dotkube.Client.Events;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.Deployments;

/// <summary>
/// kube-controller-manager's deployment controller: rolls a Deployment's pod template out through
/// ReplicaSets named "&lt;deployment&gt;-&lt;pod-template-hash&gt;", scaling the new one up and
/// the old ones down within maxSurge/maxUnavailable (or all old ones down first, for Recreate),
/// scales them in proportion when the Deployment is scaled mid-rollout, keeps
/// revisionHistoryLimit old ReplicaSets for kubectl rollout undo, and reports the rollout in
/// status and conditions for kubectl rollout status. It manages ReplicaSets only: their pods are
/// the replica set controller's, and what it knows of them comes from the ReplicaSets' status.
/// </summary>
public sealed partial class DeploymentController : IManagedController, IReconciler<string>
{
    private const string ControllerKind = "Deployment";
    private const string ControllerApiVersion = "apps/v1";

    private readonly KubeClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly EventRecorder _events;
    private readonly SharedInformer<Deployment> _deployments;
    private readonly SharedInformer<ReplicaSet> _replicaSets;
    private readonly SharedInformer<Pod> _pods;
    private readonly Controller<string> _controller;

    public DeploymentController(ControllerContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        _client = ctx.Client;
        _time = ctx.Time;
        _logger = ctx.Loggers.CreateLogger<DeploymentController>();
        _events = ctx.Events("deployment-controller");
        _deployments = ctx.Informers.For<Deployment>();
        _replicaSets = ctx.Informers.For<ReplicaSet>();
        _pods = ctx.Informers.For<Pod>();
        _controller = new Controller<string>(Name, this, ctx.Time, _logger,
            new ControllerOptions { Workers = ctx.Options.ConcurrentSyncs }, ctx.Metrics);

        _deployments.AddEventHandler(
            onAdd: (d, _) => Enqueue(d),
            onUpdate: (_, d) => Enqueue(d),
            onDelete: Enqueue);
        _replicaSets.AddEventHandler(
            onAdd: (rs, _) => OnReplicaSetAdded(rs),
            onUpdate: OnReplicaSetUpdated,
            onDelete: OnReplicaSetDeleted);
        _pods.AddEventHandler(onDelete: OnPodDeleted);
    }

    public string Name => "deployment";

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var informer in new ISharedInformer[] { _deployments, _replicaSets, _pods })
        {
            if (!await informer.WaitForSyncAsync(ct).ConfigureAwait(false))
                return;
        }

        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    private void Enqueue(Deployment d) => _controller.Queue.Add(ObjectKeys.Of(d));

    private void OnReplicaSetAdded(ReplicaSet rs)
    {
        if (rs.Metadata.DeletionTimestamp is not null)
        {
            // After a restart a ReplicaSet can show up already being deleted.
            OnReplicaSetDeleted(rs);
            return;
        }

        if (Owners.ControllerOf(rs) is { } owner)
        {
            if (ResolveControllerRef(rs.Metadata.Namespace, owner) is { } d)
                Enqueue(d);
            return;
        }

        // An orphan: wake every Deployment that selects it, so one can adopt it.
        foreach (var d in DeploymentsSelecting(rs))
            Enqueue(d);
    }

    private void OnReplicaSetUpdated(ReplicaSet old, ReplicaSet cur)
    {
        if (cur.Metadata.ResourceVersion == old.Metadata.ResourceVersion)
            return;

        var curOwner = Owners.ControllerOf(cur);
        var oldOwner = Owners.ControllerOf(old);
        var ownerChanged = !Owners.SameReference(curOwner, oldOwner);
        if (ownerChanged && oldOwner is not null && ResolveControllerRef(old.Metadata.Namespace, oldOwner) is { } previous)
            Enqueue(previous);

        if (curOwner is not null)
        {
            if (ResolveControllerRef(cur.Metadata.Namespace, curOwner) is { } d)
                Enqueue(d);
            return;
        }

        if (ownerChanged || !ServiceEndpoints.LabelsEqual(cur.Metadata.Labels, old.Metadata.Labels))
        {
            foreach (var d in DeploymentsSelecting(cur))
                Enqueue(d);
        }
    }

    private void OnReplicaSetDeleted(ReplicaSet rs)
    {
        if (Owners.ControllerOf(rs) is { } owner && ResolveControllerRef(rs.Metadata.Namespace, owner) is { } d)
            Enqueue(d);
    }

    /// <summary>A Recreate Deployment waits for its old pods to be gone: wake it when the last one is.</summary>
    private void OnPodDeleted(Pod pod)
    {
        if (Owners.ControllerOf(pod) is not { Kind: "ReplicaSet" } podOwner)
            return;
        var rs = _replicaSets.Lister.Get(pod.Metadata.Namespace, podOwner.Name);
        if (rs is null || rs.Metadata.Uid != podOwner.Uid || Owners.ControllerOf(rs) is not { } rsOwner)
            return;
        if (ResolveControllerRef(rs.Metadata.Namespace, rsOwner) is not { } d || d.Spec.Strategy.Type != DeploymentStrategyType.Recreate)
            return;
        if (!Selector.TryFromLabelSelector(d.Spec.Selector, out var selector, out _))
            return;
        var owned = OwnedReplicaSets(d).ToList();
        if (PodsByReplicaSet(d, selector, owned).Values.All(pods => pods.Count == 0))
            Enqueue(d);
    }

    /// <summary>The Deployment a controller reference points to, if it exists with that UID.</summary>
    private Deployment? ResolveControllerRef(string? ns, OwnerReference owner)
    {
        if (owner.Kind != ControllerKind)
            return null;
        var d = _deployments.Lister.Get(ns, owner.Name);
        return d is not null && d.Metadata.Uid == owner.Uid ? d : null;
    }

    /// <summary>
    /// Deployments whose selector matches the ReplicaSet's labels; an empty selector matches
    /// nothing here (upstream's GetDeploymentsForReplicaSet).
    /// </summary>
    private List<Deployment> DeploymentsSelecting(ReplicaSet rs)
    {
        if (rs.Metadata.Labels is not { Count: > 0 } labels)
            return [];
        var matching = new List<Deployment>();
        foreach (var d in _deployments.Lister.List(rs.Metadata.Namespace))
        {
            if (Selector.TryFromLabelSelector(d.Spec.Selector, out var selector, out _) && !selector.IsEmpty && selector.Matches(labels))
                matching.Add(d);
        }

        if (matching.Count > 1)
            LogSeveralDeploymentsSelect(_logger, rs.Metadata.Namespace, rs.Metadata.Name, matching[0].Metadata.Name);
        return matching;
    }

    private IEnumerable<ReplicaSet> OwnedReplicaSets(Deployment d) =>
        _replicaSets.Indexer.ByIndex(Indexers.OwnerUid, d.Metadata.Uid ?? "").Where(rs => Owners.IsControlledBy(rs, d));
}
