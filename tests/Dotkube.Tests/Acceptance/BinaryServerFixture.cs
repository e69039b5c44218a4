using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Dotkube.Tests.Acceptance;

/// <summary>
/// The built dotkube binary run as a real server process, the way a user starts it: a temp data
/// dir, a free port (--https-listen-port 0, the chosen port read from its start-up line) and the
/// admin kubeconfig written beside it. Disposing sends SIGTERM, waits for a clean exit and removes
/// the temp dir. <see cref="Kubectl"/> runs /usr/bin/kubectl against it.
/// </summary>
public sealed partial class BinaryServerFixture : IAsyncLifetime
{
    /// <summary>
    /// Defaults to 60 s: start-up generates the cluster PKI and opens SQLite, a few seconds on a
    /// busy 2-core CI machine that is also building and testing other assemblies.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Defaults to 20 s, below upstream's 60 s shutdown-delay budget; a clean stop takes well under a second.</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly StringBuilder _log = new();
    private Process? _process;
    private int? _exitCode;

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "dotkube-acceptance-" + Guid.NewGuid().ToString("N")[..12]);

    public string KubeconfigPath => Path.Combine(Dir, "admin.kubeconfig");

    public int Port { get; private set; }

    public KubectlRunner Kubectl { get; private set; } = null!;

    /// <summary>Everything the server printed so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Dir);
        var info = new ProcessStartInfo(AcceptancePaths.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Dir,
        };
        foreach (var argument in new[]
                 {
                     AcceptancePaths.DotkubeDll, "server", "--data-dir", Path.Combine(Dir, "data"), "--https-listen-port", "0",
                     "--bind-address", "127.0.0.1", "--write-kubeconfig", KubeconfigPath,
                 })
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = PumpAsync(_process.StandardOutput, line =>
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                ready.TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        _ = PumpAsync(_process.StandardError, _ => { });
        var exited = _process.WaitForExitAsync();

        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout));
        if (first != ready.Task)
        {
            var why = first == exited ? $"exited with code {_process.ExitCode}" : $"did not print its listening line within {StartTimeout.TotalSeconds} s";
            await DisposeAsync();
            throw new InvalidOperationException($"dotkube server {why}:\n{Log}");
        }

        Port = await ready.Task;
        Kubectl = new KubectlRunner(KubeconfigPath, Path.Combine(Dir, "kubectl-cache"));
    }

    /// <summary>Applies a Namespace object; kubectl apply sends JSON, so this works whatever body formats the server reads.</summary>
    public async Task CreateNamespaceAsync(string name) =>
        (await Kubectl.RunAsync(["apply", "-f", "-"], new ToolOptions { Stdin = $"{{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{{\"name\":\"{name}\"}}}}" })).Ok();

    /// <summary>Sends SIGTERM and waits for the exit code; null when the server had to be killed.</summary>
    public async Task<int?> StopAsync()
    {
        if (_process is null || _exitCode is not null)
        {
            return _exitCode;
        }

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
        return _exitCode;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }

    private async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }

            onLine(line);
        }
    }

    private const int Sigterm = 15;

    // Process.Kill only sends SIGKILL; the clean-shutdown path under test needs SIGTERM. glibc's
    // soname, since a bare "libc" may resolve to libc6-dev's libc.so linker script.
    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^dotkube server: listening on https://[^:]+:(?<port>\d+); admin kubeconfig: ")]
    private static partial Regex ListeningLine();
}
