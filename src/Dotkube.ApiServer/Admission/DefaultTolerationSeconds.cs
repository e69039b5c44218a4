using Dotkube.Api.Core.V1;

namespace Dotkube.ApiServer.Admission;

/// <summary>
/// The DefaultTolerationSeconds admission plugin (kube-apiserver, enabled by default): every pod
/// created or updated (not its subresources) that does not already tolerate the not-ready or the
/// unreachable NoExecute taint gets a toleration for it, operator Exists, for 300 s by default. So
/// the taint eviction controller evicts a pod from a dead node five minutes after the node was
/// tainted, unless the pod says otherwise.
/// </summary>
public static class DefaultTolerationSeconds
{
    /// <summary>Adds the missing default tolerations to <paramref name="pod"/>; true when it changed it.</summary>
    public static bool Admit(Pod pod, long notReadySeconds, long unreachableSeconds)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var tolerations = pod.Spec.Tolerations ?? [];
        // As upstream, any NoExecute (or effect-less) toleration of the key, or of every key, counts,
        // whatever its operator, value or seconds: the pod has decided for itself.
        var notReady = tolerations.Any(t => Covers(t, WellKnownTaints.NodeNotReady));
        var unreachable = tolerations.Any(t => Covers(t, WellKnownTaints.NodeUnreachable));
        if (notReady && unreachable)
        {
            return false;
        }

        if (!notReady)
        {
            tolerations.Add(For(WellKnownTaints.NodeNotReady, notReadySeconds));
        }

        if (!unreachable)
        {
            tolerations.Add(For(WellKnownTaints.NodeUnreachable, unreachableSeconds));
        }

        pod.Spec.Tolerations = tolerations;
        return true;
    }

    private static bool Covers(Toleration toleration, string key) =>
        (string.IsNullOrEmpty(toleration.Key) || toleration.Key == key)
        && (string.IsNullOrEmpty(toleration.Effect) || toleration.Effect == TaintEffect.NoExecute);

    private static Toleration For(string key, long seconds) => new()
    {
        Key = key,
        Operator = TolerationOperator.Exists,
        Effect = TaintEffect.NoExecute,
        TolerationSeconds = seconds,
    };
}
