namespace Dotkube.Api.Core.V1;

/// <summary>Status values of core/v1 conditions.</summary>
public static class ConditionStatus
{
    public const string True = "True";
    public const string False = "False";
    public const string Unknown = "Unknown";
}
