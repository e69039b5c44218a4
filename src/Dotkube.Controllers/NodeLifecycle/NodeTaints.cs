using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Rest;

namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>The taints the node lifecycle controller owns, and how it writes them (upstream's taint templates and taintutils).</summary>
internal static class NodeTaints
{
    public static readonly Taint UnreachableNoExecute = new() { Key = WellKnownTaints.NodeUnreachable, Effect = TaintEffect.NoExecute };
    public static readonly Taint NotReadyNoExecute = new() { Key = WellKnownTaints.NodeNotReady, Effect = TaintEffect.NoExecute };

    /// <summary>Which NoSchedule taint each condition status calls for (upstream nodeConditionToTaintKeyStatusMap).</summary>
    private static readonly Dictionary<(string Type, string Status), string> ConditionTaints = new()
    {
        [(NodeConditionType.Ready, ConditionStatus.False)] = WellKnownTaints.NodeNotReady,
        [(NodeConditionType.Ready, ConditionStatus.Unknown)] = WellKnownTaints.NodeUnreachable,
        [(NodeConditionType.MemoryPressure, ConditionStatus.True)] = WellKnownTaints.NodeMemoryPressure,
        [(NodeConditionType.DiskPressure, ConditionStatus.True)] = WellKnownTaints.NodeDiskPressure,
        [(NodeConditionType.NetworkUnavailable, ConditionStatus.True)] = WellKnownTaints.NodeNetworkUnavailable,
        [(NodeConditionType.PIDPressure, ConditionStatus.True)] = WellKnownTaints.NodePIDPressure,
    };

    private static readonly HashSet<string> ConditionTaintKeys = [.. ConditionTaints.Values];

    /// <summary>Same key and effect (upstream Taint.MatchTaint): how taints are found, added and removed.</summary>
    public static bool Matches(Taint a, Taint b) => a.Key == b.Key && a.Effect == b.Effect;

    public static bool Has(Node node, Taint template) => node.Spec.Taints?.Any(t => Matches(t, template)) == true;

    /// <summary>
    /// TaintNodesByCondition: the NoSchedule taints to add and remove so that the node carries
    /// exactly those its conditions and spec.unschedulable call for. Other NoSchedule taints
    /// (the user's) are not this controller's business.
    /// </summary>
    public static (List<Taint> Add, List<Taint> Remove) NoScheduleDiff(Node node)
    {
        var wanted = new List<Taint>();
        foreach (var condition in node.Status.Conditions ?? [])
        {
            if (ConditionTaints.TryGetValue((condition.Type, condition.Status), out var key))
                wanted.Add(new Taint { Key = key, Effect = TaintEffect.NoSchedule });
        }

        if (node.Spec.Unschedulable == true)
            wanted.Add(new Taint { Key = WellKnownTaints.NodeUnschedulable, Effect = TaintEffect.NoSchedule });

        var owned = (node.Spec.Taints ?? []).Where(t => t.Effect == TaintEffect.NoSchedule
            && (t.Key == WellKnownTaints.NodeUnschedulable || ConditionTaintKeys.Contains(t.Key))).ToList();
        return ([.. wanted.Where(w => !owned.Any(o => Matches(o, w)))], [.. owned.Where(o => !wanted.Any(w => Matches(o, w)))]);
    }

    /// <summary>
    /// Adds (stamped with timeAdded = <paramref name="now"/>, as upstream's SwapNodeControllerTaint)
    /// and removes taints, starting from <paramref name="node"/> (a cached copy) and re-reading the node
    /// after a conflict. One merge patch carrying the resourceVersion it was computed from, so
    /// concurrent writers of spec.taints never lose each other's taints; no request when nothing changes.
    /// </summary>
    public static async Task SwapAsync(KubeClient client, Node node, IReadOnlyList<Taint> add, IReadOnlyList<Taint> remove, DateTimeOffset now,
        CancellationToken ct)
    {
        const int attempts = 5; // upstream's UpdateTaintBackoff steps
        var stamped = add.Select(t => new Taint { Key = t.Key, Value = t.Value, Effect = t.Effect, TimeAdded = now }).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var taints = Apply(node.Spec.Taints ?? [], stamped, remove);
            if (taints is null)
                return;
            try
            {
                await client.PatchAsync<Node>(null, node.Metadata.Name!, PatchType.Merge, Patch(node.Metadata.ResourceVersion, taints), ct: ct)
                    .ConfigureAwait(false);
                return;
            }
            catch (ApiStatusException e) when (e.IsConflict && attempt < attempts)
            {
                node = await client.GetAsync<Node>(null, node.Metadata.Name!, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The node's taints after the change, or null when the change is a no-op (upstream AddOrUpdateTaint/DeleteTaint).</summary>
    internal static List<Taint>? Apply(IReadOnlyList<Taint> current, IReadOnlyList<Taint> add, IReadOnlyList<Taint> remove)
    {
        var result = current.ToList();
        var changed = false;
        foreach (var taint in add)
        {
            var index = result.FindIndex(t => Matches(t, taint));
            if (index < 0)
            {
                result.Add(taint);
                changed = true;
            }
            else if (!SameTaint(result[index], taint))
            {
                result[index] = taint;
                changed = true;
            }
        }

        changed |= result.RemoveAll(t => remove.Any(r => Matches(t, r))) > 0;
        return changed ? result : null;
    }

    private static bool SameTaint(Taint a, Taint b) =>
        Matches(a, b) && (a.Value ?? "") == (b.Value ?? "") && a.TimeAdded == b.TimeAdded;

    private static string Patch(string? resourceVersion, List<Taint> taints)
    {
        var list = new JsonArray();
        foreach (var taint in taints)
            list.Add(JsonSerializer.SerializeToNode(taint, KubeJson.TypeInfo<Taint>()));
        var patch = new JsonObject
        {
            ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion },
            // No taints left: null drops the field, as upstream's patch of an empty (omitted) list.
            ["spec"] = new JsonObject { ["taints"] = list.Count == 0 ? null : list },
        };
        return patch.ToJsonString();
    }

    /// <summary>For log lines: "key:Effect" of each taint.</summary>
    public static string Describe(IEnumerable<Taint> taints) =>
        string.Join(",", taints.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}:{t.Effect}")));
}
