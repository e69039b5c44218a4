namespace Dotkube.Api.Core.V1;

/// <summary>What the scheduler does when a <see cref="TopologySpreadConstraint"/> cannot be met.</summary>
public static class UnsatisfiableConstraintAction
{
    public const string DoNotSchedule = "DoNotSchedule";
    public const string ScheduleAnyway = "ScheduleAnyway";
}
