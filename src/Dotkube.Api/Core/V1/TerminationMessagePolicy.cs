namespace Dotkube.Api.Core.V1;

/// <summary>How a container's termination message is read; defaulted to File upstream.</summary>
public static class TerminationMessagePolicy
{
    public const string File = "File";
    public const string FallbackToLogsOnError = "FallbackToLogsOnError";

    /// <summary>Upstream's default terminationMessagePath.</summary>
    public const string DefaultPath = "/dev/termination-log";
}
