using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.NodeLifecycle;

public sealed partial class NodeLifecycleController
{
    /// <summary>Beta labels kept equal to their GA source of truth (upstream labelReconcileInfo).</summary>
    private static readonly (string Primary, string Secondary)[] ReconciledLabels =
    [
        ("kubernetes.io/os", "beta.kubernetes.io/os"),
        ("kubernetes.io/arch", "beta.kubernetes.io/arch"),
    ];

    /// <summary>Upstream doNoScheduleTaintingPass and reconcileNodeLabels, on every node change.</summary>
    private async Task<ReconcileResult> ReconcileNodeAsync(string name, CancellationToken ct)
    {
        var node = _nodes.Lister.Get(null, name);
        if (node is null)
            return ReconcileResult.Success;

        var (add, remove) = NodeTaints.NoScheduleDiff(node);
        if (add.Count > 0 || remove.Count > 0)
        {
            await NodeTaints.SwapAsync(_ctx.Client, node, add, remove, Now, ct).ConfigureAwait(false);
            LogConditionTaints(_logger, name, NodeTaints.Describe(add), NodeTaints.Describe(remove));
        }

        var labels = new JsonObject();
        foreach (var (primary, secondary) in ReconciledLabels)
        {
            if (node.Metadata.Labels?.GetValueOrDefault(primary) is { } value && node.Metadata.Labels.GetValueOrDefault(secondary) != value)
                labels[secondary] = value;
        }

        if (labels.Count > 0)
        {
            var patch = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = labels } };
            await _ctx.Client.PatchAsync<Node>(null, name, PatchType.StrategicMerge, patch.ToJsonString(), ct: ct).ConfigureAwait(false);
        }

        return ReconcileResult.Success;
    }

    /// <summary>Upstream processPod: a pod bound to a node last seen not ready is marked not ready too.</summary>
    private async Task<ReconcileResult> ReconcilePodAsync(string ns, string name, CancellationToken ct)
    {
        var pod = _pods.Lister.Get(ns, name);
        if (pod is null || string.IsNullOrEmpty(pod.Spec.NodeName))
            return ReconcileResult.Success;
        var nodeName = pod.Spec.NodeName;
        if (!_health.Knows(nodeName))
            return ReconcileResult.Success; // not seen by a pass yet: the next pass handles its pods
        if (_nodes.Lister.Get(null, nodeName) is null)
            return ReconcileResult.RequeueWithBackoff;
        var ready = _health.SavedReady(nodeName);
        if (ready is not null && ready.Status != ConditionStatus.True)
            await MarkPodsNotReadyAsync([pod], nodeName, ct).ConfigureAwait(false);
        return ReconcileResult.Success;
    }
}
