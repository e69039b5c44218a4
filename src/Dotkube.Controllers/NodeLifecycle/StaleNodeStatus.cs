using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.NodeLifecycle;

/// <summary>What the node controller writes for a node whose kubelet went silent (upstream tryUpdateNodeHealth).</summary>
internal static class StaleNodeStatus
{
    public const string UnknownReason = "NodeStatusUnknown";
    public const string UnknownMessage = "Kubelet stopped posting node status.";
    public const string NeverUpdatedReason = "NodeStatusNeverUpdated";
    public const string NeverUpdatedMessage = "Kubelet never posted node status.";

    /// <summary>The conditions the kubelet owns; NetworkUnavailable belongs to the network provider and is left alone, as upstream.</summary>
    private static readonly string[] KubeletConditions =
        [NodeConditionType.Ready, NodeConditionType.MemoryPressure, NodeConditionType.DiskPressure, NodeConditionType.PIDPressure];

    /// <summary>Sets every kubelet condition of <paramref name="node"/> to Unknown (adding missing ones); mutates the node.</summary>
    public static void MarkUnknown(Node node, DateTimeOffset now)
    {
        var conditions = node.Status.Conditions ??= [];
        foreach (var type in KubeletConditions)
        {
            var condition = conditions.FirstOrDefault(c => c.Type == type);
            if (condition is null)
            {
                conditions.Add(new NodeCondition
                {
                    Type = type,
                    Status = ConditionStatus.Unknown,
                    Reason = NeverUpdatedReason,
                    Message = NeverUpdatedMessage,
                    LastHeartbeatTime = node.Metadata.CreationTimestamp,
                    LastTransitionTime = now,
                });
            }
            else if (condition.Status != ConditionStatus.Unknown)
            {
                // The heartbeat stays: it is the kubelet's last word.
                condition.Status = ConditionStatus.Unknown;
                condition.Reason = UnknownReason;
                condition.Message = UnknownMessage;
                condition.LastTransitionTime = now;
            }
        }
    }
}
