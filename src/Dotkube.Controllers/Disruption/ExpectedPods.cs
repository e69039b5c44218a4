using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Policy.V1;
using Dotkube.Api.Values;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Disruption;

/// <summary>The scale of a pod's controller: its UID and desired replicas (upstream's controllerAndScale).</summary>
public readonly record struct ControllerScale(string Uid, int Replicas);

/// <summary>What a budget expects: the pods it counts, how many must stay healthy, and the selected pods no controller owns.</summary>
public sealed record ExpectedPods(int Expected, int DesiredHealthy, IReadOnlyList<string> UnmanagedPods)
{
    /// <summary>
    /// Upstream's getExpectedPodCount. maxUnavailable (a count or a percentage) and a percentage
    /// minAvailable are taken of the sum of the selected pods' controllers' replicas, rounding
    /// up; an integer minAvailable is desiredHealthy as is, with every selected pod expected.
    /// Throws <see cref="InvalidOperationException"/> for a pod whose controller cannot be found
    /// and <see cref="FormatException"/> for a malformed percentage.
    /// </summary>
    public static ExpectedPods Compute(PodDisruptionBudget pdb, IReadOnlyList<Pod> pods, Func<OwnerReference, string, ControllerScale?> findScale)
    {
        if (pdb.Spec.MaxUnavailable is { } maxUnavailable)
        {
            var (expected, unmanaged) = SumOfScales(pods, findScale);
            var unavailable = IntOrStringScaling.GetScaledValueFromIntOrPercent(maxUnavailable, expected, roundUp: true);
            return new ExpectedPods(expected, Math.Max(0, expected - unavailable), unmanaged);
        }

        if (pdb.Spec.MinAvailable is { IsInt: true } count)
            return new ExpectedPods(pods.Count, count.IntValue, []);

        if (pdb.Spec.MinAvailable is { } percent)
        {
            var (expected, unmanaged) = SumOfScales(pods, findScale);
            return new ExpectedPods(expected, IntOrStringScaling.GetScaledValueFromIntOrPercent(percent, expected, roundUp: true), unmanaged);
        }

        return new ExpectedPods(0, 0, []);
    }

    /// <summary>
    /// Upstream's getExpectedScale: each distinct controller of the selected pods counted once;
    /// pods without a controller are listed rather than failing the sync.
    /// </summary>
    private static (int Expected, List<string> Unmanaged) SumOfScales(IReadOnlyList<Pod> pods, Func<OwnerReference, string, ControllerScale?> findScale)
    {
        var scales = new Dictionary<string, int>();
        var unmanaged = new List<string>();
        foreach (var pod in pods)
        {
            if (Owners.ControllerOf(pod) is not { } owner)
            {
                unmanaged.Add(pod.Metadata.Name!);
                continue;
            }

            if (scales.ContainsKey(owner.Uid))
                continue;
            var scale = findScale(owner, pod.Metadata.Namespace!)
                ?? throw new InvalidOperationException($"found no controllers for pod \"{pod.Metadata.Name}\"");
            scales[scale.Uid] = scale.Replicas;
        }

        return (scales.Values.Sum(), unmanaged);
    }
}
