using Dotkube.Api.Values;
using Dotkube.Kubelet.Cri.V1;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// A container's requests and limits as Linux cgroup settings, with upstream's conversions
/// (pkg/kubelet/kuberuntime/kuberuntime_container_linux.go and helpers_linux.go): cpu shares from
/// the request (2 at least, for best-effort), CFS quota from the limit over a 100 ms period, the
/// memory limit in bytes, and the oom_score_adj of the pod's QoS class.
/// </summary>
public static class ContainerResources
{
    public const long CpuPeriod = 100_000;
    private const long MinShares = 2;
    private const long MaxShares = 262_144;
    private const long MinQuota = 1_000;

    public static LinuxContainerResources For(Container container, string qosClass, long nodeMemoryBytes)
    {
        var requests = container.Resources.Requests ?? [];
        var limits = container.Resources.Limits ?? [];
        // As upstream's defaulting, a limit without a request also sets the request.
        var cpuRequest = requests.GetValueOrDefault("cpu") ?? limits.GetValueOrDefault("cpu");
        var resources = new LinuxContainerResources
        {
            CpuShares = SharesOf(cpuRequest?.MilliValue() ?? 0),
            OomScoreAdj = OomScoreAdj(container, qosClass, nodeMemoryBytes),
        };
        if (limits.GetValueOrDefault("cpu") is { } cpuLimit)
        {
            resources.CpuPeriod = CpuPeriod;
            resources.CpuQuota = Math.Max(MinQuota, cpuLimit.MilliValue() * CpuPeriod / 1000);
        }

        if (limits.GetValueOrDefault("memory") is { } memoryLimit)
            resources.MemoryLimitInBytes = memoryLimit.Value();
        return resources;
    }

    /// <summary>upstream's MilliCPUToShares: 1024 shares per cpu, at least 2, at most 262144.</summary>
    public static long SharesOf(long milliCpu) =>
        milliCpu == 0 ? MinShares : Math.Clamp(milliCpu * 1024 / 1000, MinShares, MaxShares);

    /// <summary>upstream's GetContainerOOMScoreAdjust: Guaranteed -997, BestEffort 1000, Burstable by memory request in [3, 999].</summary>
    public static long OomScoreAdj(Container container, string qosClass, long nodeMemoryBytes)
    {
        switch (qosClass)
        {
            case QosClasses.Guaranteed:
                return -997;
            case QosClasses.BestEffort:
                return 1000;
        }

        var request = (container.Resources.Requests ?? []).GetValueOrDefault("memory") ?? Quantity.Zero;
        var adjust = nodeMemoryBytes <= 0 ? 1000 : 1000 - 1000 * request.Value() / nodeMemoryBytes;
        return Math.Clamp(adjust, 3, 999);
    }
}
