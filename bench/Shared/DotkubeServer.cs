using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Dotkube.Bench.Shared;

/// <summary>
/// The control plane under test: the built dotkube binary run as <c>dotnet dotkube.dll server</c>
/// in a process of its own (API server on SQLite in a temp data dir, controller manager inside),
/// so /proc/&lt;pid&gt; shows its CPU and memory alone. Ready once it prints its listening line;
/// stopped with SIGTERM, as a service manager stops it.
/// </summary>
public sealed partial class DotkubeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private const int TailLines = 200;

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StreamWriter? _log;
    private long _lines;
    private Task _readers = Task.CompletedTask;

    private DotkubeServer(Process process, string dir, string? logPath)
    {
        _process = process;
        Dir = dir;
        // Flushed per line: a benchmark may read the log (e.g. its timestamps) while the server runs.
        _log = logPath is null ? null : new StreamWriter(logPath) { AutoFlush = true };
    }

    public int Pid => _process.Id;

    public int Port { get; private set; }

    /// <summary>The temp dir holding the data dir and the admin kubeconfig; removed on dispose.</summary>
    public string Dir { get; }

    public string KubeconfigPath => Path.Combine(Dir, "admin.kubeconfig");

    /// <summary>The server's --data-dir (the agent's state is under its agent/ folder).</summary>
    public string DataDir => Path.Combine(Dir, "data");

    /// <summary>Lines the server printed (its log volume is part of its cost).</summary>
    public long LogLines => Interlocked.Read(ref _lines);

    /// <summary>The last lines the server printed, for failure messages.</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
                return string.Join('\n', _tail);
        }
    }

    /// <summary>
    /// The dotkube.dll of the same build as this benchmark: artifacts put every project under
    /// bin/&lt;project&gt;/&lt;config&gt;/, so it sits at ../../Dotkube/&lt;config&gt;/ from here.
    /// </summary>
    public static string BuiltBinary()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidate = Path.Combine(here.Parent!.Parent!.FullName, "Dotkube", here.Name, "dotkube.dll");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException($"no dotkube.dll at {candidate}; build src/Dotkube with the same configuration or pass --dotkube PATH");
    }

    /// <param name="logPath">A file for everything the server prints; null keeps only the tail.</param>
    /// <param name="withAgent">Run the node agent too (containerd, pods; needs root); by default the control plane alone.</param>
    public static async Task<DotkubeServer> StartAsync(string dotkubeDll, IEnumerable<string> extraArguments, string? logPath,
        CancellationToken ct, bool withAgent = false)
    {
        var dir = Directory.CreateTempSubdirectory("dotkube-bench-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        foreach (var argument in (string[])[dotkubeDll, "server", "--data-dir", Path.Combine(dir, "data"), "--https-listen-port", "0",
                     "--bind-address", "127.0.0.1", "--write-kubeconfig", Path.Combine(dir, "admin.kubeconfig")])
            info.ArgumentList.Add(argument);
        if (!withAgent)
            info.ArgumentList.Add("--disable-agent");
        foreach (var argument in extraArguments)
            info.ArgumentList.Add(argument);

        var server = new DotkubeServer(Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet"), dir, logPath);
        server._readers = Task.WhenAll(server.ReadAsync(server._process.StandardOutput), server.ReadAsync(server._process.StandardError));
        var exited = server._process.WaitForExitAsync(ct);
        var first = await Task.WhenAny(server._listening.Task, exited, Task.Delay(StartTimeout, ct));
        if (first != server._listening.Task)
        {
            var why = first == exited ? "exited" : $"printed no listening line within {StartTimeout.TotalSeconds:F0} s";
            await server.DisposeAsync();
            throw new InvalidOperationException($"dotkube server {why}:\n{server.Tail}");
        }

        server.Port = await server._listening.Task;
        return server;
    }

    /// <summary>SIGTERM, then the exit code; null when the server did not stop in time and was killed.</summary>
    public async Task<int?> StopAsync()
    {
        if (!_process.HasExited)
        {
            _ = SendSignal(_process.Id, Sigterm);
            var exited = _process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(StopTimeout)) != exited)
            {
                _process.Kill(entireProcessTree: true);
                return null;
            }
        }

        // The pipes may still hold the last lines after the exit; a grandchild holding them open must not hang the run.
        await Task.WhenAny(_readers, Task.Delay(TimeSpan.FromSeconds(5)));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        lock (_tail)
        {
            // Under the readers' lock: a late line must not meet a disposed writer.
            _log?.Dispose();
            _log = null;
        }
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"could not delete {Dir}: {e.Message}");
        }
    }

    private async Task ReadAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Interlocked.Increment(ref _lines);
            lock (_tail)
            {
                _log?.WriteLine(line);
                _tail.Enqueue(line);
                if (_tail.Count > TailLines)
                    _tail.Dequeue();
            }

            if (ListeningLine().Match(line) is { Success: true } match)
                _listening.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        }
    }

    private const int Sigterm = 15;

    // Process.Kill can only SIGKILL; the orderly shutdown (controllers release their lease) needs SIGTERM.
    [DllImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    [GeneratedRegex(@"^dotkube server: listening on https://\S+:(?<port>\d+);")]
    private static partial Regex ListeningLine();
}
