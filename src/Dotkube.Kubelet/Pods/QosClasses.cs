using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>A pod's QoS class and the cgroup it runs under, as upstream's cgroupfs QoS hierarchy.</summary>
public static class QosClasses
{
    public const string Guaranteed = "Guaranteed";
    public const string Burstable = "Burstable";
    public const string BestEffort = "BestEffort";

    /// <summary>
    /// The class the API server gave the pod (status.qosClass, set at creation and immutable);
    /// a pod without one (not from our API server) counts as Burstable if it asks for any
    /// cpu or memory and BestEffort if not.
    /// </summary>
    public static string Of(Pod pod) => pod.Status.QosClass ?? Of(pod.Spec);

    internal static string Of(PodSpec spec) =>
        spec.Containers.Concat(spec.InitContainers ?? [])
            .Any(c => HasComputeResource(c.Resources.Requests) || HasComputeResource(c.Resources.Limits)) ? Burstable : BestEffort;

    /// <summary>The pod's cgroup parent (cgroupfs syntax): ROOT/pod&lt;uid&gt; for Guaranteed, ROOT/burstable|besteffort/pod&lt;uid&gt; otherwise.</summary>
    public static string CgroupParent(Pod pod, string root)
    {
        var leaf = "pod" + pod.Uid();
        return Of(pod) switch
        {
            Guaranteed => $"{root}/{leaf}",
            Burstable => $"{root}/burstable/{leaf}",
            _ => $"{root}/besteffort/{leaf}",
        };
    }

    private static bool HasComputeResource(Dictionary<string, Api.Values.Quantity>? values) =>
        values is not null && values.Any(v => v.Key is "cpu" or "memory" && !v.Value.IsZero);
}
