using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Scheduler.Framework;
using NodeAffinityPlugin = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;

namespace Dotkube.Kubelet.Lifecycle;

/// <summary>
/// Whether a pod bound to this node fits beside the pods already admitted, as upstream's
/// predicate admit handler: first the pod count, then cpu, memory, ephemeral-storage and other
/// scalar resources, each the sum of the active pods' requests plus this pod's against the node's
/// allocatable; the first shortage is the answer (OutOfpods, OutOfcpu, OutOfmemory, ...) with
/// "Node didn't have enough resource: NAME, requested: N, used: M, capacity: C" (millicores for
/// cpu, bytes for memory). A pod that requests nothing only needs a pod slot. Extended resources
/// the node does not have are left out, as upstream (they may be cluster-level). Then the pod's
/// nodeSelector and required node affinity must match the node's labels ("NodeAffinity").
/// </summary>
public static class PodAdmission
{
    public const string OutOfPods = "OutOfpods";
    public const string OutOfCpu = "OutOfcpu";
    public const string OutOfMemory = "OutOfmemory";
    public const string OutOfEphemeralStorage = "OutOfephemeral-storage";

    /// <summary>Upstream's InsufficientResourcePrefix, for any other resource: OutOf&lt;name&gt;.</summary>
    public const string InsufficientResourcePrefix = "OutOf";

    /// <param name="node">The node object for the affinity check; null while it is not known (the check is skipped).</param>
    public static AdmissionResult Admit(Pod pod, IReadOnlyCollection<Pod> active, IReadOnlyDictionary<string, Quantity> allocatable,
        Api.Core.V1.Node? node = null)
    {
        var fit = Fits(pod, active, allocatable);
        if (!fit.Admit || node is null || NodeAffinityPlugin.MatchesRequired(pod, node))
            return fit;
        return new AdmissionResult(false, NodeAffinityPlugin.PluginName,
            $"Predicate {NodeAffinityPlugin.PluginName} failed: {NodeAffinityPlugin.ErrReasonPod}");
    }

    private static AdmissionResult Fits(Pod pod, IReadOnlyCollection<Pod> active, IReadOnlyDictionary<string, Quantity> allocatable)
    {
        var capacity = Resource.From(allocatable);
        if (allocatable.ContainsKey("pods") && active.Count + 1 > capacity.AllowedPodNumber)
            return Insufficient("pods", OutOfPods, 1, active.Count, capacity.AllowedPodNumber);

        var request = PodRequests.Of(pod);
        if (request is { MilliCpu: 0, Memory: 0, EphemeralStorage: 0 } && request.Scalar.Values.All(v => v == 0))
            return AdmissionResult.Admitted;
        var used = new Resource();
        foreach (var other in active)
            used.Add(PodRequests.Of(other));

        if (request.MilliCpu > 0 && capacity.MilliCpu < request.MilliCpu + used.MilliCpu)
            return Insufficient("cpu", OutOfCpu, request.MilliCpu, used.MilliCpu, capacity.MilliCpu);
        if (request.Memory > 0 && capacity.Memory < request.Memory + used.Memory)
            return Insufficient("memory", OutOfMemory, request.Memory, used.Memory, capacity.Memory);
        if (request.EphemeralStorage > 0 && allocatable.ContainsKey("ephemeral-storage")
            && capacity.EphemeralStorage < request.EphemeralStorage + used.EphemeralStorage)
            return Insufficient("ephemeral-storage", OutOfEphemeralStorage, request.EphemeralStorage, used.EphemeralStorage, capacity.EphemeralStorage);
        foreach (var (name, amount) in request.Scalar)
        {
            if (amount == 0 || (IsExtended(name) && !capacity.Scalar.ContainsKey(name)))
                continue;
            var have = capacity.Scalar.GetValueOrDefault(name);
            var inUse = used.Scalar.GetValueOrDefault(name);
            if (have < amount + inUse)
                return Insufficient(name, InsufficientResourcePrefix + name, amount, inUse, have);
        }

        return AdmissionResult.Admitted;
    }

    private static AdmissionResult Insufficient(string resource, string reason, long requested, long used, long capacity) =>
        new(false, reason, $"Node didn't have enough resource: {resource}, requested: {requested}, used: {used}, capacity: {capacity}");

    /// <summary>Upstream's IsExtendedResourceName: domain-prefixed outside kubernetes.io/.</summary>
    private static bool IsExtended(string name) =>
        name.Contains('/', StringComparison.Ordinal) && !name.StartsWith("kubernetes.io/", StringComparison.Ordinal);
}

/// <summary>A pod admission's answer (upstream's PodAdmitResult): the reason and message a rejected pod's status and event carry.</summary>
public sealed record AdmissionResult(bool Admit, string Reason, string Message)
{
    public static readonly AdmissionResult Admitted = new(true, "", "");
}
