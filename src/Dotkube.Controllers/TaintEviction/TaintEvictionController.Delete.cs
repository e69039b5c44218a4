using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Controllers.TaintEviction;

public sealed partial class TaintEvictionController
{
    private const string DisruptionTarget = "DisruptionTarget";
    private const string DisruptionReason = "DeletionByTaintManager";
    private const string DisruptionMessage = "Taint manager: deleting due to NoExecute taint";

    /// <summary>
    /// Carries out a due eviction (upstream deletePodHandler): records the TaintManagerEviction
    /// event, sets the DisruptionTarget condition, deletes the pod with default options. A failure
    /// is retried with backoff while the eviction stands.
    /// </summary>
    private async Task<ReconcileResult> EvictAsync(string key, CancellationToken ct)
    {
        if (_schedule.Fired(key, out var first) is not { } token)
            return ReconcileResult.Success; // cancelled after it fired
        if (first)
        {
            LogEvicting(_logger, key);
            _events.Event(PodRef(key), EventType.Normal, "TaintManagerEviction", "Marking for deletion Pod {0}", key);
        }

        var (ns, name) = ObjectKeys.Split(key);
        try
        {
            var pod = await _ctx.Client.GetAsync<Pod>(ns, name, ct).ConfigureAwait(false);
            if (!HasDisruptionCondition(pod))
            {
                await _ctx.Client.PatchAsync<Pod>(ns, name, PatchType.StrategicMerge, DisruptionPatch(pod), subresource: "status", ct: ct)
                    .ConfigureAwait(false);
            }

            await _ctx.Client.DeleteAsync<Pod>(ns, name, ct: ct).ConfigureAwait(false);
        }
        catch (ApiStatusException e) when (e.IsNotFound)
        {
        }

        _schedule.Complete(key, token);
        return ReconcileResult.Success;
    }

    private static bool HasDisruptionCondition(Pod pod) =>
        pod.Status?.Conditions?.Any(c => c.Type == DisruptionTarget && c.Status == ConditionStatus.True
            && c.Reason == DisruptionReason && c.Message == DisruptionMessage) == true;

    private string DisruptionPatch(Pod pod)
    {
        var existing = pod.Status?.Conditions?.FirstOrDefault(c => c.Type == DisruptionTarget);
        var condition = new PodCondition
        {
            Type = DisruptionTarget,
            Status = ConditionStatus.True,
            Reason = DisruptionReason,
            Message = DisruptionMessage,
            // As upstream's UpdatePodCondition: the transition time moves only with the status.
            LastTransitionTime = existing?.Status == ConditionStatus.True ? existing.LastTransitionTime : Now,
        };
        var patch = new JsonObject
        {
            // The uid makes the patch fail on a pod recreated under the same name.
            ["metadata"] = new JsonObject { ["uid"] = pod.Metadata.Uid },
            ["status"] = new JsonObject { ["conditions"] = new JsonArray(JsonSerializer.SerializeToNode(condition, KubeJson.TypeInfo<PodCondition>())) },
        };
        return patch.ToJsonString();
    }

    /// <summary>The deletions' own reconciler, so that due evictions never wait behind decisions.</summary>
    private sealed class Deleter(TaintEvictionController owner) : IReconciler<string>
    {
        public Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct) => owner.EvictAsync(key, ct);
    }
}
