namespace Dotkube.Api.Core.V1;

/// <summary>A command run inside the container as a check; exit status 0 counts as success.</summary>
/// <remarks>core/v1 ExecAction: a command exec'd (not through a shell) in the container; exit 0 is success.</remarks>
public sealed class ExecAction
{
    /// <summary>The command and its arguments. It is run directly, not in a shell, so to use shell features run the shell explicitly, e.g. ["sh", "-c", "..."].</summary>
    public List<string>? Command { get; set; }
}
