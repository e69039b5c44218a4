namespace Dotkube.Api.Core.V1;

/// <summary>Pod phases (status.phase). Unknown has not been set by upstream since 2015.</summary>
public static class PodPhase
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
    public const string Unknown = "Unknown";
}
