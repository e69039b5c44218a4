using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.Common;

/// <summary>The pod predicates every workload controller shares (upstream's podutil and controller helpers).</summary>
public static class PodState
{
    /// <summary>Not finished and not being deleted: the pods a controller counts towards its replicas.</summary>
    public static bool IsActive(Pod pod) =>
        pod.Status?.Phase is not ("Succeeded" or "Failed") && pod.Metadata.DeletionTimestamp is null;

    /// <summary>The Ready condition is True.</summary>
    public static bool IsReady(Pod pod) => ReadyCondition(pod)?.Status == "True";

    /// <summary>
    /// Ready for more than <paramref name="minReadySeconds"/> at <paramref name="now"/>, measured
    /// from the Ready condition's lastTransitionTime, as upstream's IsPodAvailable: strictly
    /// after lastTransitionTime + minReadySeconds, and never while lastTransitionTime is unset
    /// (unless minReadySeconds is 0).
    /// </summary>
    public static bool IsAvailable(Pod pod, int minReadySeconds, DateTimeOffset now)
    {
        var ready = ReadyCondition(pod);
        if (ready?.Status != "True")
            return false;
        return minReadySeconds == 0 || (ready.LastTransitionTime != default && ready.LastTransitionTime.AddSeconds(minReadySeconds) < now);
    }

    public static PodCondition? ReadyCondition(Pod pod) =>
        pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
}
