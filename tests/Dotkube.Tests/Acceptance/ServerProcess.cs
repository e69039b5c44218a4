using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// One run of the built dotkube binary as `dotkube server ARGS` (or `dotkube agent ARGS`): started the way a user starts it,
/// ready once it prints its listening line (the port read from it), stopped with SIGTERM or
/// killed with SIGKILL. Fixtures and tests that need several servers, or a restart on the same
/// data dir, start several of these.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    /// <summary>
    /// Defaults to 60 s: start-up generates the cluster PKI and opens the datastore, a few seconds on
    /// a busy 2-core CI machine that is also building and testing other assemblies.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Defaults to 20 s, below upstream's 60 s shutdown-delay budget; a clean stop takes well under a second.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly StringBuilder _log = new();
    private readonly Process _process;
    private int? _exitCode;
    private Task _pumps = Task.CompletedTask;

    private ServerProcess(Process process) => _process = process;

    public int Port { get; private set; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server printed so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>Starts `dotkube server` with <paramref name="arguments"/> in <paramref name="workingDir"/> and waits for its listening line.</summary>
    public static Task<ServerProcess> StartAsync(string workingDir, IEnumerable<string> arguments) => StartAsync(workingDir, "server", arguments);

    /// <summary>
    /// Starts `dotkube agent` with <paramref name="arguments"/>, returning at once (it prints no
    /// listening line; its node turning Ready is the sign). Stop and kill work as for a server.
    /// </summary>
    public static Task<ServerProcess> StartAgentAsync(string workingDir, IEnumerable<string> arguments) => StartAsync(workingDir, "agent", arguments);

    private static async Task<ServerProcess> StartAsync(string workingDir, string command, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(AcceptancePaths.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDir,
        };
        info.ArgumentList.Add(AcceptancePaths.DotkubeDll);
        info.ArgumentList.Add(command);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);

        var server = new ServerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet"));
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        server._pumps = Task.WhenAll(
            server.PumpAsync(server._process.StandardOutput, line =>
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                    ready.TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }),
            server.PumpAsync(server._process.StandardError, _ => { }));
        if (command != "server")
            return server;

        var exited = server._process.WaitForExitAsync();

        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout));
        if (first != ready.Task)
        {
            var why = first == exited ? $"exited with code {server._process.ExitCode}" : $"did not print its listening line within {StartTimeout.TotalSeconds} s";
            await server.DisposeAsync();
            throw new InvalidOperationException($"dotkube server {why}:\n{server.Log}");
        }

        server.Port = await ready.Task;
        return server;
    }

    /// <summary>Sends SIGTERM and waits for the exit code; null when the server had to be killed.</summary>
    public async Task<int?> StopAsync()
    {
        if (_exitCode is not null)
            return _exitCode;

        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, Sigterm);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Our own server ignored SIGTERM: end it so the run does not hang; the caller sees null.
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
                return null;
            }
        }

        _exitCode = _process.ExitCode;
        await DrainAsync();
        return _exitCode;
    }

    /// <summary>SIGKILL: no shutdown path runs, as a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, Sigkill);
            await _process.WaitForExitAsync();
        }

        _exitCode = _process.ExitCode;
        await DrainAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    // The last lines may still be in the pipes when the process has exited: read them to the end.
    private async Task DrainAsync()
    {
        try
        {
            await _pumps.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // Something the server started still holds the pipes open; the log is as complete as it gets.
        }
    }

    private async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_log)
                _log.AppendLine(line);

            onLine(line);
        }
    }

    private const int Sigterm = 15;
    private const int Sigkill = 9;

    // Process.Kill only sends SIGKILL to the whole tree; the clean-shutdown path under test needs
    // SIGTERM. glibc's soname, since a bare "libc" may resolve to libc6-dev's libc.so linker script.
    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^dotkube server: listening on https://[^:]+:(?<port>\d+); admin kubeconfig: ")]
    private static partial Regex ListeningLine();
}
