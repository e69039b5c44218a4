using System.ComponentModel;
using System.Diagnostics;

namespace Dotkube.Client.Host;

/// <summary>The result of one host command; <see cref="Missing"/> when the program is not installed.</summary>
public sealed record HostToolResult(int ExitCode, string Stdout, string Stderr, bool Missing = false)
{
    public bool Succeeded => !Missing && ExitCode == 0;

    public string Error => Missing ? "not installed" : Stderr.Trim() is { Length: > 0 } stderr ? stderr : $"exit code {ExitCode}";
}

/// <summary>
/// Runs a host tool with optional stdin and collects its output: the node components' one way to
/// start a process (uninstall's iptables-save/-restore, ip and runc; the proxy's iptables and conntrack).
/// </summary>
public static class HostTool
{
    public static async Task<HostToolResult> RunAsync(string program, IEnumerable<string> arguments, string? stdin, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return new HostToolResult(-1, "", "", Missing: true);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        return new HostToolResult(process.ExitCode, await stdout, await stderr);
    }
}
