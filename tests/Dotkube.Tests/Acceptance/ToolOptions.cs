namespace Dotkube.Tests.Acceptance;

/// <summary>How to run one external command (kubectl, python3, node).</summary>
public sealed record ToolOptions
{
    /// <summary>Written to stdin, which is then closed; null leaves stdin empty and closed.</summary>
    public string? Stdin { get; init; }

    /// <summary>Extra environment variables, e.g. KUBE_EDITOR for kubectl edit.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Defaults to 30 s: every kubectl step here finishes in well under a second against a
    /// local server, so hitting the limit means a hang (a watch that never ends, a delete that
    /// never returns), reported as a failure instead of stalling the suite.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
