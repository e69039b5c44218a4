using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The kubelet's node conditions, as upstream's status setters compute them: MemoryPressure,
/// DiskPressure and PIDPressure (False while nothing measures pressure), then Ready, kept last
/// in the list as upstream does for old readers. lastTransitionTime changes only with the status;
/// lastHeartbeatTime is every pass.
/// </summary>
public static class NodeConditions
{
    public const string Ready = "Ready";

    /// <summary>The capacities without which upstream's kubelet reports Ready=False.</summary>
    private static readonly string[] RequiredCapacities = ["cpu", "memory", "pods", "ephemeral-storage"];

    /// <summary>Updates <paramref name="status"/>'s conditions in place for this pass.</summary>
    /// <param name="notReadyReasons">The runtime's and network's errors (<see cref="RuntimeState.Errors"/>).</param>
    public static void Apply(NodeStatus status, IReadOnlyList<string> notReadyReasons, DateTimeOffset now)
    {
        var conditions = status.Conditions ??= [];
        Pressure(conditions, "MemoryPressure", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now);
        Pressure(conditions, "DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now);
        Pressure(conditions, "PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now);

        var reasons = notReadyReasons.ToList();
        var missing = RequiredCapacities.Where(r => status.Capacity?.ContainsKey(r) != true).ToList();
        if (missing.Count > 0)
        {
            reasons.Add($"Missing node capacity for resources: {string.Join(", ", missing)}");
        }

        var ready = reasons.Count == 0
            ? new NodeCondition { Type = Ready, Status = "True", Reason = "KubeletReady", Message = "kubelet is posting ready status" }
            : new NodeCondition { Type = Ready, Status = "False", Reason = "KubeletNotReady", Message = string.Join(",", reasons) };
        ready.LastHeartbeatTime = now;
        var index = conditions.FindIndex(c => c.Type == Ready);
        if (index < 0)
        {
            ready.LastTransitionTime = now;
            conditions.Add(ready);
            return;
        }

        ready.LastTransitionTime = conditions[index].Status == ready.Status ? conditions[index].LastTransitionTime : now;
        conditions[index] = ready;
    }

    /// <summary>True when the two condition lists differ in anything but their heartbeat times (upstream's nodeStatusHasChanged).</summary>
    public static bool Changed(IReadOnlyList<NodeCondition>? before, IReadOnlyList<NodeCondition>? after)
    {
        before ??= [];
        after ??= [];
        return before.Count != after.Count || before.Zip(after).Any(p =>
            p.First.Type != p.Second.Type || p.First.Status != p.Second.Status || p.First.Reason != p.Second.Reason
            || p.First.Message != p.Second.Message || p.First.LastTransitionTime != p.Second.LastTransitionTime);
    }

    private static void Pressure(List<NodeCondition> conditions, string type, string reason, string message, DateTimeOffset now)
    {
        var condition = conditions.Find(c => c.Type == type);
        if (condition is null)
        {
            // Appended before Ready, which stays last.
            condition = new NodeCondition { Type = type, Status = "Unknown" };
            var ready = conditions.FindIndex(c => c.Type == Ready);
            conditions.Insert(ready < 0 ? conditions.Count : ready, condition);
        }

        condition.LastHeartbeatTime = now;
        if (condition.Status != "False")
        {
            condition.Status = "False";
            condition.Reason = reason;
            condition.Message = message;
            condition.LastTransitionTime = now;
        }
    }
}
