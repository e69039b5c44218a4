namespace Dotkube.Scheduler.Framework;

/// <summary>
/// A plugin's result (upstream framework.Status): a code, the reasons shown to users (they become
/// the "N node(s) ..." parts of the FailedScheduling message), and the plugin that said it.
/// </summary>
public sealed record Status(Code Code, IReadOnlyList<string> Reasons, string? Plugin = null)
{
    public static Status Success { get; } = new(Code.Success, []);

    public static Status Skip { get; } = new(Code.Skip, []);

    public bool IsSuccess => Code == Code.Success;

    /// <summary>Unschedulable or UnschedulableAndUnresolvable.</summary>
    public bool IsRejected => Code is Code.Unschedulable or Code.UnschedulableAndUnresolvable;

    public static Status Unschedulable(params string[] reasons) => new(Code.Unschedulable, reasons);

    public static Status Unresolvable(params string[] reasons) => new(Code.UnschedulableAndUnresolvable, reasons);

    public static Status Error(string reason) => new(Code.Error, [reason]);

    public Status WithPlugin(string plugin) => this with { Plugin = plugin };

    public string Message => string.Join(", ", Reasons);
}
