using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Testing.HollowNodes;

/// <summary>
/// A stand-in scheduler for tests until dotkube has one: binds each pending pod of the default
/// scheduler to the running, untainted hollow node with the fewest pods. It ignores resources and
/// affinity on purpose; tests of scheduling belong with the real scheduler.
/// </summary>
internal sealed class HollowBinder(KubeClient client, SharedInformer<Pod> pods, Lister<Node> nodeObjects,
    IReadOnlyDictionary<string, HollowNode> nodes) : IReconciler<string>
{
    private static readonly TimeSpan NoNodeRetry = TimeSpan.FromSeconds(1);
    // Binds the informer has not shown yet, so a burst of pods spreads instead of piling on one node.
    private readonly Dictionary<string, string> _unobserved = [];

    public static bool Wants(Pod pod) =>
        string.IsNullOrEmpty(pod.Spec.NodeName) && pod.Metadata.DeletionTimestamp is null &&
        (pod.Spec.SchedulerName ?? "default-scheduler") == "default-scheduler" &&
        pod.Status?.Phase is not ("Succeeded" or "Failed");

    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        var pod = pods.Lister.Get(ns, name);
        if (pod is null || !Wants(pod))
            return ReconcileResult.Success;

        var target = PickNode(pod);
        if (target is null)
            return ReconcileResult.After(NoNodeRetry);

        try
        {
            await client.BindAsync(pod, target, ct: ct);
            lock (_unobserved)
                _unobserved[key] = target;
        }
        catch (ApiStatusException e) when (e.Code is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Conflict)
        {
            // Deleted, or bound by someone else meanwhile.
        }

        return ReconcileResult.Success;
    }

    private string? PickNode(Pod pod)
    {
        Dictionary<string, int> unobserved;
        lock (_unobserved)
        {
            foreach (var key in _unobserved.Keys.Where(k => pods.Indexer.Get(k) is not { Spec.NodeName: null or "" }).ToList())
                _unobserved.Remove(key);
            unobserved = _unobserved.Values.CountBy(n => n).ToDictionary();
        }

        string? best = null;
        var fewest = int.MaxValue;
        foreach (var node in nodes.Values)
        {
            if (node.Stopped || nodeObjects.Get(null, node.Name) is not { } observed || !Accepts(observed, pod))
                continue;
            var count = pods.Indexer.IndexKeys(Indexers.NodeName, node.Name).Count + unobserved.GetValueOrDefault(node.Name);
            if (count < fewest)
                (best, fewest) = (node.Name, count);
        }

        return best;
    }

    private static bool Accepts(Node node, Pod pod)
    {
        if (node.Spec.Unschedulable == true)
            return false;
        return (node.Spec.Taints ?? []).Where(t => t.Effect is "NoSchedule" or "NoExecute")
            .All(taint => (pod.Spec.Tolerations ?? []).Any(t => t.ToleratesTaint(taint)));
    }
}
