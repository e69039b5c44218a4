using Dotkube.Api.Core.V1;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// Lets a PreFilter plugin update its cycle state when preemption adds or removes a pod on a node
/// in a what-if simulation (upstream PreFilterExtensions AddPod/RemovePod), so its Filter sees the
/// changed node without a new PreFilter. Plugins whose PreFilter state depends on other pods
/// (InterPodAffinity, PodTopologySpread) implement it, and make that state <see cref="ICloneable"/>
/// so <see cref="CycleState.Clone"/> gives each simulation its own copy.
/// </summary>
public interface IPreFilterExtensions
{
    /// <summary>Counts <paramref name="podToAdd"/> as if it ran on <paramref name="node"/> (already added to it).</summary>
    Status AddPod(CycleState state, Pod podToSchedule, Pod podToAdd, NodeInfo node);

    /// <summary>Stops counting <paramref name="podToRemove"/> on <paramref name="node"/> (already removed from it).</summary>
    Status RemovePod(CycleState state, Pod podToSchedule, Pod podToRemove, NodeInfo node);
}
