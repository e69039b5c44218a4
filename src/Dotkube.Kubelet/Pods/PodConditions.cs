using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Pods;

/// <summary>
/// The conditions the kubelet owns, as upstream's pkg/kubelet/status/generate.go computes them:
/// PodReadyToStartContainers, Initialized, ContainersReady and Ready (from each container status's
/// ready, which the probes decide). Transition times are filled in by <see cref="Merge"/>.
/// </summary>
public static class PodConditions
{
    public const string PodScheduled = "PodScheduled";
    public const string PodReadyToStartContainers = "PodReadyToStartContainers";
    public const string Initialized = "Initialized";
    public const string ContainersReady = "ContainersReady";
    public const string Ready = "Ready";

    /// <summary>The types the kubelet writes; other conditions (DisruptionTarget, readiness gates) are left as they are.</summary>
    public static readonly IReadOnlySet<string> KubeletOwned =
        new HashSet<string> { PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready };

    public static PodCondition ReadyToStartContainers(bool sandboxReadyWithNetwork) =>
        New(PodReadyToStartContainers, sandboxReadyWithNetwork);

    public static PodCondition InitializedCondition(PodSpec spec, IReadOnlyList<ContainerStatus> initStatuses, string phase)
    {
        List<string> unknown = [], incomplete = [];
        foreach (var container in spec.InitContainers ?? [])
        {
            var status = initStatuses.FirstOrDefault(s => s.Name == container.Name);
            if (status is null)
                unknown.Add(container.Name);
            else if (status.State.Terminated is not { ExitCode: 0 })
                incomplete.Add(container.Name);
        }

        if (phase == PodPhases.Succeeded && unknown.Count == 0)
            return New(Initialized, true, "PodCompleted");
        if (unknown.Count == 0 && incomplete.Count == 0)
            return New(Initialized, true);
        return New(Initialized, false, "ContainersNotInitialized",
            Message(("containers with unknown status", unknown), ("containers with incomplete status", incomplete)));
    }

    public static PodCondition ContainersReadyCondition(PodSpec spec, IReadOnlyList<ContainerStatus> statuses, string phase)
    {
        if (phase == PodPhases.Failed)
            return New(ContainersReady, false, "PodFailed");
        List<string> unknown = [], unready = [];
        foreach (var container in spec.Containers)
        {
            var status = statuses.FirstOrDefault(s => s.Name == container.Name);
            if (status is null)
                unknown.Add(container.Name);
            else if (!status.Ready)
                unready.Add(container.Name);
        }

        if (phase == PodPhases.Succeeded && unknown.Count == 0)
            return New(ContainersReady, false, "PodCompleted");
        if (unknown.Count == 0 && unready.Count == 0)
            return New(ContainersReady, true);
        return New(ContainersReady, false, "ContainersNotReady",
            Message(("containers with unknown status", unknown), ("containers with unready status", unready)));
    }

    /// <summary>Ready: ContainersReady, and every readiness gate's condition True in <paramref name="existing"/>.</summary>
    public static PodCondition ReadyCondition(PodSpec spec, PodCondition containersReady, IReadOnlyList<PodCondition> existing)
    {
        if (containersReady.Status != "True")
            return New(Ready, false, containersReady.Reason, containersReady.Message);
        var missing = new List<string>();
        var notTrue = new List<string>();
        foreach (var gate in spec.ReadinessGates ?? [])
        {
            var condition = existing.FirstOrDefault(c => c.Type == gate.ConditionType);
            if (condition is null)
                missing.Add($"corresponding condition of pod readiness gate \"{gate.ConditionType}\" does not exist.");
            else if (condition.Status != "True")
                notTrue.Add(gate.ConditionType);
        }

        if (missing.Count == 0 && notTrue.Count == 0)
            return New(Ready, true);
        var messages = new List<string>(missing);
        if (notTrue.Count > 0)
            messages.Add($"the status of pod readiness gate \"{string.Join(", ", notTrue)}\" is not \"True\", but False");
        return New(Ready, false, "ReadinessGatesNotReady", string.Join(", ", messages));
    }

    /// <summary>
    /// The pod's conditions after this sync: the kubelet's (in upstream's order), then the others
    /// from <paramref name="old"/>; a condition whose status did not change keeps its transition time.
    /// </summary>
    public static List<PodCondition> Merge(IReadOnlyList<PodCondition> old, IEnumerable<PodCondition> computed, DateTimeOffset now)
    {
        var merged = new List<PodCondition>();
        foreach (var condition in computed)
        {
            var previous = old.FirstOrDefault(c => c.Type == condition.Type);
            condition.LastTransitionTime = previous is not null && previous.Status == condition.Status ? previous.LastTransitionTime : now;
            merged.Add(condition);
        }

        merged.AddRange(old.Where(c => merged.All(m => m.Type != c.Type)));
        return merged;
    }

    /// <summary>The scheduler's PodScheduled as it is, or True (the pod is bound to us) when it has none.</summary>
    public static PodCondition Scheduled(IReadOnlyList<PodCondition> old) =>
        old.FirstOrDefault(c => c.Type == PodScheduled) is { } scheduled ? Copy(scheduled) : New(PodScheduled, true);

    private static PodCondition Copy(PodCondition c) =>
        new() { Type = c.Type, Status = c.Status, Reason = c.Reason, Message = c.Message, LastProbeTime = c.LastProbeTime, LastTransitionTime = c.LastTransitionTime };

    private static PodCondition New(string type, bool status, string? reason = null, string? message = null) =>
        new() { Type = type, Status = status ? "True" : "False", Reason = reason, Message = message };

    private static string Message(params (string Label, List<string> Names)[] parts) =>
        string.Join(", ", parts.Where(p => p.Names.Count > 0).Select(p => $"{p.Label}: [{string.Join(" ", p.Names)}]"));
}
