using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Client.Runtime;
using Dotkube.Controllers.Common;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>
/// Keeps spec.replicas active pods of a ReplicaSet or ReplicationController (kube-controller-manager's
/// pkg/controller/replicaset, which serves both kinds): it adopts matching orphans and releases pods
/// that stopped matching, creates missing pods from the template in slow-start batches and deletes
/// surplus ones in <see cref="ActivePods"/> order, at most <see cref="BurstReplicas"/> per sync, and
/// writes the status. After acting it waits until the informer has reported every pod it created
/// or deleted (<see cref="UidTrackingExpectations"/>), so a lagging cache never makes it act twice.
/// Deleting the owner's pods when the owner is deleted is the garbage collector's job.
/// </summary>
public abstract partial class ReplicaController<TOwner> : IManagedController, IReconciler<string>
    where TOwner : KubeObject
{
    /// <summary>Most pods created or deleted for one owner in one sync (upstream's BurstReplicas).</summary>
    public const int BurstReplicas = 500;

    private readonly ControllerContext _context;
    private readonly IReplicaKind<TOwner> _kind;
    private readonly SharedInformer<TOwner> _owners;
    private readonly SharedInformer<Pod> _pods;
    private readonly PodControl _podControl;
    private readonly Controller<string> _controller;
    private readonly ILogger _logger;

    /// <param name="podScope">The pod informer's scope; null (all pods) except in tests that simulate a cache that never catches up.</param>
    private protected ReplicaController(ControllerContext context, IReplicaKind<TOwner> kind, ILogger logger, InformerScope? podScope)
    {
        _context = context;
        _kind = kind;
        _logger = logger;
        _owners = context.Informers.For<TOwner>();
        _pods = context.Informers.For<Pod>(podScope);
        _podControl = new PodControl(context.Client, context.Events(kind.EventComponent));
        Expectations = new UidTrackingExpectations(context.Time);
        _controller = new Controller<string>(kind.ControllerName, this, context.Time, logger,
            new ControllerOptions { Workers = context.Options.ConcurrentSyncs }, context.Metrics);

        _owners.AddEventHandler((owner, _) => Enqueue(owner), OnOwnerUpdated, OnOwnerDeleted);
        _pods.AddEventHandler((pod, _) => OnPodAdded(pod), OnPodUpdated, OnPodDeleted);
    }

    public string Name => _kind.ControllerName;

    /// <summary>What each owner (by key) still waits to see from the pod informer.</summary>
    internal UidTrackingExpectations Expectations { get; }

    public async Task RunAsync(CancellationToken ct)
    {
        var synced = await Task.WhenAll(_pods.WaitForSyncAsync(ct), _owners.WaitForSyncAsync(ct)).ConfigureAwait(false);
        if (!synced.All(s => s))
            return;
        await _controller.RunAsync(ct).ConfigureAwait(false);
    }

    private void Enqueue(TOwner owner) => _controller.Queue.Add(ObjectKeys.Of(owner));

    private static string PodKey(Pod pod) => ObjectKeys.Of(pod);
}
