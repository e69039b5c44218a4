using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>
/// The "replicationcontroller" controller (upstream's ReplicationManager): the same logic as
/// <see cref="ReplicaSetController"/> for core/v1 ReplicationControllers.
/// </summary>
public sealed class ReplicationManager : ReplicaController<ReplicationController>
{
    public ReplicationManager(ControllerContext context)
        : this(context, null)
    {
    }

    internal ReplicationManager(ControllerContext context, InformerScope? podScope)
        : base(context, ReplicationControllerKind.Instance, context.Loggers.CreateLogger<ReplicationManager>(), podScope)
    {
    }
}
