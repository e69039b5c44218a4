using System.Diagnostics;

namespace Dotkube.Tests.Acceptance;

/// <summary>Runs external commands for the acceptance tests, capturing output and enforcing a timeout.</summary>
public static class ToolProcess
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, ToolOptions? options = null)
    {
        options ??= new ToolOptions();
        using var process = new Process { StartInfo = StartInfo(fileName, arguments, options) };
        var commandLine = CommandLine(fileName, process.StartInfo.ArgumentList);
        var clock = Stopwatch.StartNew();
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (options.Stdin is not null)
        {
            await process.StandardInput.WriteAsync(options.Stdin);
        }

        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(options.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            // Only this process and what it started (kubectl edit's editor, say) are ended.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return new ToolResult(commandLine, process.ExitCode, await stdout, await stderr, timedOut, clock.Elapsed);
    }

    /// <summary>Starts a long-running command (kubectl get -w) whose stdout is read line by line.</summary>
    public static StreamingProcess Start(string fileName, IEnumerable<string> arguments, ToolOptions? options = null)
    {
        options ??= new ToolOptions();
        var process = new Process { StartInfo = StartInfo(fileName, arguments, options) };
        var commandLine = CommandLine(fileName, process.StartInfo.ArgumentList);
        process.Start();
        process.StandardInput.Close();
        return new StreamingProcess(process, commandLine);
    }

    private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, ToolOptions options)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = options.WorkingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    private static string CommandLine(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(a => a.Length == 0 || a.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '{' or '$') ? $"'{a}'" : a));
}
