using Dotkube.Client.Host;
using Dotkube.Proxy.Iptables;

namespace Dotkube.Proxy.Tests.Sync;

/// <summary>Records commands; answers iptables-save with <see cref="SaveOutput"/>, <c>iptables -C</c> with "not found", the rest with success.</summary>
internal sealed class FakeRunner : ICommandRunner
{
    public List<(string Program, IReadOnlyList<string> Arguments, string? Stdin)> Commands { get; } = [];

    public string SaveOutput { get; set; } = "";

    public bool FailRestore { get; set; }

    public Task<HostToolResult> RunAsync(string program, IReadOnlyList<string> arguments, string? stdin, CancellationToken ct)
    {
        Commands.Add((program, arguments, stdin));
        return Task.FromResult(program switch
        {
            "iptables-save" => new HostToolResult(0, SaveOutput, ""),
            "iptables-restore" when FailRestore => new HostToolResult(2, "", "line 3 failed"),
            "iptables" when arguments.Contains("-C") => new HostToolResult(1, "", "Bad rule"),
            "iptables" when arguments.Contains("-D") => new HostToolResult(1, "", "Bad rule"),
            _ => new HostToolResult(0, "", ""),
        });
    }

    public IEnumerable<string> Restores => Commands.Where(c => c.Program == "iptables-restore").Select(c => c.Stdin!);

    public IEnumerable<string> Lines(string program) => Commands.Where(c => c.Program == program).Select(c => string.Join(' ', c.Arguments));
}
