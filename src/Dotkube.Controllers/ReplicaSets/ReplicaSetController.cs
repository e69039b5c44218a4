using Dotkube.Client.Informers;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.ReplicaSets;

/// <summary>The "replicaset" controller: <see cref="ReplicaController{TOwner}"/> for apps/v1 ReplicaSets.</summary>
public sealed class ReplicaSetController : ReplicaController<Api.Apps.V1.ReplicaSet>
{
    public ReplicaSetController(ControllerContext context)
        : this(context, null)
    {
    }

    internal ReplicaSetController(ControllerContext context, InformerScope? podScope)
        : base(context, ReplicaSetKind.Instance, context.Loggers.CreateLogger<ReplicaSetController>(), podScope)
    {
    }
}
