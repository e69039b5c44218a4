namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="LimitRangeItem.Type"/>.</summary>
public static class LimitType
{
    public const string Pod = "Pod";
    public const string Container = "Container";
    public const string PersistentVolumeClaim = "PersistentVolumeClaim";
}
