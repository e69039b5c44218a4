using Dotkube.Api.Apps.V1;

namespace Dotkube.Controllers.Deployments;

/// <summary>Reading and writing status.conditions with upstream's rules (deploymentutil's *DeploymentCondition).</summary>
internal static class DeploymentConditions
{
    public const string True = "True";
    public const string False = "False";
    public const string Unknown = "Unknown";

    /// <summary>A condition stamped <paramref name="now"/>, to the second as the API stores times.</summary>
    public static DeploymentCondition New(string type, string status, string reason, string message, DateTimeOffset now)
    {
        var stamp = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new DeploymentCondition
        {
            Type = type,
            Status = status,
            Reason = reason,
            Message = message,
            LastUpdateTime = stamp,
            LastTransitionTime = stamp,
        };
    }

    public static DeploymentCondition? Get(DeploymentStatus status, string type) =>
        status.Conditions?.FirstOrDefault(c => c.Type == type);

    /// <summary>
    /// Puts <paramref name="condition"/> in place of the one of its type, moved to the end. Nothing
    /// changes when status and reason are the same; lastTransitionTime is kept when only the
    /// reason changes.
    /// </summary>
    public static void Set(DeploymentStatus status, DeploymentCondition condition)
    {
        var current = Get(status, condition.Type);
        if (current is not null && current.Status == condition.Status && current.Reason == condition.Reason)
            return;
        if (current is not null && current.Status == condition.Status)
            condition.LastTransitionTime = current.LastTransitionTime;
        Remove(status, condition.Type);
        (status.Conditions ??= []).Add(condition);
    }

    public static void Remove(DeploymentStatus status, string type)
    {
        status.Conditions?.RemoveAll(c => c.Type == type);
        if (status.Conditions is { Count: 0 })
            status.Conditions = null;
    }

    /// <summary>A ReplicaSet's failure condition as the Deployment reports it.</summary>
    public static DeploymentCondition FromReplicaSet(ReplicaSetCondition condition) => new()
    {
        Type = condition.Type,
        Status = condition.Status,
        Reason = condition.Reason,
        Message = condition.Message,
        LastTransitionTime = condition.LastTransitionTime,
        LastUpdateTime = condition.LastTransitionTime,
    };
}
