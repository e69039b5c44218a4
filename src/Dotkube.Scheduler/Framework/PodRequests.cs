using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// What a pod asks of a node (upstream resourcehelper.PodRequests): the app containers' requests
/// summed, sidecars (init containers with restartPolicy Always) added since they keep running,
/// then raised to the largest ordinary init container (which runs alone, beside the sidecars
/// started before it), plus the pod overhead.
/// </summary>
public static class PodRequests
{
    /// <summary>Upstream's defaults for scoring containers that request nothing: 100m CPU and 200 MiB.</summary>
    public const long DefaultMilliCpu = 100;

    public const long DefaultMemory = 200L * 1024 * 1024;

    public static Resource Of(Pod pod) => Compute(pod, nonZero: false);

    /// <summary>As <see cref="Of"/>, but a container without a CPU or memory request counts the defaults (used for scoring).</summary>
    public static Resource NonZeroOf(Pod pod) => Compute(pod, nonZero: true);

    private static Resource Compute(Pod pod, bool nonZero)
    {
        var requests = new Resource();
        foreach (var container in pod.Spec.Containers)
            requests.Add(ContainerRequests(container, nonZero));

        var sidecars = new Resource();
        var initMax = new Resource();
        foreach (var init in pod.Spec.InitContainers ?? [])
        {
            var own = ContainerRequests(init, nonZero);
            if (init.RestartPolicy == "Always")
            {
                sidecars.Add(own);
                initMax.SetMax(sidecars);
            }
            else
            {
                own.Add(sidecars);
                initMax.SetMax(own);
            }
        }

        requests.Add(sidecars);
        requests.SetMax(initMax);
        requests.Add(pod.Spec.Overhead);
        return requests;
    }

    private static Resource ContainerRequests(Container container, bool nonZero)
    {
        var r = Resource.From(container.Resources?.Requests);
        if (nonZero)
        {
            if (container.Resources?.Requests?.ContainsKey("cpu") != true)
                r.MilliCpu = DefaultMilliCpu;
            if (container.Resources?.Requests?.ContainsKey("memory") != true)
                r.Memory = DefaultMemory;
        }

        return r;
    }
}
