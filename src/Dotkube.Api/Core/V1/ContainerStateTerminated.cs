namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ContainerStateTerminated; exitCode is always written.</summary>
public sealed class ContainerStateTerminated
{
    public int ExitCode { get; set; }

    public int? Signal { get; set; }

    /// <summary>"Completed", "Error", "OOMKilled", ...</summary>
    public string? Reason { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public string? ContainerID { get; set; }
}
