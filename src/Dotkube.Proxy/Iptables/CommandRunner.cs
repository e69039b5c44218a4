using Dotkube.Client.Host;

namespace Dotkube.Proxy.Iptables;

/// <summary>Runs the proxy's host commands (iptables, iptables-save/-restore, conntrack).</summary>
public interface ICommandRunner
{
    Task<HostToolResult> RunAsync(string program, IReadOnlyList<string> arguments, string? stdin, CancellationToken ct);
}

/// <summary>
/// Runs every command behind a fixed prefix (e.g. <c>ip netns exec NS</c>), so the whole proxy can
/// be pointed at another network namespace: the tests never touch the host's own rules.
/// </summary>
public sealed class CommandRunner(IReadOnlyList<string> prefix) : ICommandRunner
{
    public Task<HostToolResult> RunAsync(string program, IReadOnlyList<string> arguments, string? stdin, CancellationToken ct) =>
        prefix.Count == 0
            ? HostTool.RunAsync(program, arguments, stdin, ct)
            : HostTool.RunAsync(prefix[0], [.. prefix.Skip(1), program, .. arguments], stdin, ct);
}
