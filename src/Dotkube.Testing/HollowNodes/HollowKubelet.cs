using System.Net;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Serialization;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Runtime;

namespace Dotkube.Testing.HollowNodes;

/// <summary>
/// The pod side of every hollow node: moves each pod bound to a running hollow node to the status
/// its fate gives, and finishes the deletion of terminating pods as a kubelet does once their
/// containers stopped (a delete with grace period 0).
/// </summary>
internal sealed class HollowKubelet(KubeClient client, Lister<Pod> pods, IReadOnlyDictionary<string, HollowNode> nodes,
    Func<Pod, HollowPodFate> fate, TimeProvider time) : IReconciler<string>
{
    public async Task<ReconcileResult> ReconcileAsync(string key, CancellationToken ct)
    {
        var (ns, name) = ObjectKeys.Split(key);
        var pod = pods.Get(ns, name);
        if (pod?.Spec.NodeName is not { } nodeName || !nodes.TryGetValue(nodeName, out var node) || node.Stopped)
            return ReconcileResult.Success;

        try
        {
            if (pod.Metadata.DeletionTimestamp is not null)
            {
                var options = new DeleteOptions { GracePeriodSeconds = 0, Preconditions = new Preconditions { Uid = pod.Metadata.Uid } };
                await client.DeleteAsync<Pod>(ns, name, options, ct);
                return ReconcileResult.Success;
            }

            var wanted = fate(pod);
            if (HollowPodStatus.Shows(pod, wanted))
                return ReconcileResult.Success;

            var status = HollowPodStatus.For(pod, wanted, node, time.GetUtcNow());
            var patch = $"{{\"metadata\":{{\"uid\":\"{pod.Metadata.Uid}\"}},\"status\":{Encoding.UTF8.GetString(KubeJson.Serialize(status))}}}";
            await client.PatchAsync<Pod>(ns, name, PatchType.Merge, patch, subresource: "status", ct: ct);
        }
        catch (ApiStatusException e) when (e.Code is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.Conflict)
        {
            // Gone, or replaced by a pod of the same name: the informer brings the new state.
        }

        return ReconcileResult.Success;
    }
}
