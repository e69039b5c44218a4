namespace Dotkube.Api.Core.V1;

/// <summary>Built-in pod condition types; readiness gates may add others.</summary>
public static class PodConditionType
{
    public const string ContainersReady = "ContainersReady";
    public const string Initialized = "Initialized";
    public const string Ready = "Ready";
    public const string PodScheduled = "PodScheduled";
    public const string DisruptionTarget = "DisruptionTarget";
    public const string PodReadyToStartContainers = "PodReadyToStartContainers";
}
