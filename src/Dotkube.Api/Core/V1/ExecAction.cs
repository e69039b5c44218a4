namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ExecAction: a command exec'd (not through a shell) in the container; exit 0 is success.</summary>
public sealed class ExecAction
{
    public List<string>? Command { get; set; }
}
