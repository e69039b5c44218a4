using System.Diagnostics;
using System.Text;

namespace Dotkube.ApiServer.Tests.Exec;

/// <summary>Runs a client program (kubectl, python3) to its end within a minute and hands back what it said.</summary>
public static class ToolRun
{
    /// <param name="stdin">Written to the program's stdin, which is then closed; null closes it at once.</param>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments,
        string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(program), $"{program} is missing: ./test.sh installs it (kubernetes-client, python3-kubernetes)");
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        start.Environment.Remove("KUBECONFIG");
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var errors = process.StandardError.ReadToEndAsync(deadline.Token);
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin.AsMemory(), deadline.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await errors);
    }
}
