namespace Dotkube.Api.Scheduling.V1;

/// <summary>
/// The built-in priority classes the API server creates, and the priority bounds upstream
/// enforces: user classes may not exceed <see cref="HighestUserDefinablePriority"/>, and the
/// "system-" name prefix is reserved.
/// </summary>
public static class SystemPriorityClasses
{
    public const int HighestUserDefinablePriority = 1_000_000_000;

    public const int SystemCriticalPriority = 2 * HighestUserDefinablePriority;

    public const string SystemPriorityClassPrefix = "system-";

    public const string SystemClusterCritical = "system-cluster-critical";

    public const int SystemClusterCriticalValue = SystemCriticalPriority;

    public const string SystemNodeCritical = "system-node-critical";

    public const int SystemNodeCriticalValue = SystemCriticalPriority + 1000;
}
