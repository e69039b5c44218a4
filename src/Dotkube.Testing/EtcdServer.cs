using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dotkube.Testing;

/// <summary>
/// A throw-away single-member etcd (benchmarks' anchor and backend) on free loopback ports with a temp data dir,
/// default (durable, fsync per commit) settings. Disposing kills it and deletes the data dir;
/// <see cref="KillAll"/> does the same from Ctrl-C and process-exit handlers.
/// </summary>
public sealed class EtcdServer : IAsyncDisposable
{
    private static readonly List<EtcdServer> Running = [];
    private readonly Process _process;
    private readonly string _dataDir;

    private EtcdServer(Process process, string dataDir, Uri clientUrl)
    {
        _process = process;
        _dataDir = dataDir;
        ClientUrl = clientUrl;
    }

    public Uri ClientUrl { get; }

    /// <summary>CPU time etcd has used so far (user + system), to charge its share of each phase.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<EtcdServer> StartAsync(string etcdPath, CancellationToken cancellationToken)
    {
        var dataDir = Directory.CreateTempSubdirectory("dotkube-bench-etcd-").FullName;
        var client = $"http://127.0.0.1:{FreePort()}";
        var peer = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(etcdPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--name", "bench", "--data-dir", dataDir,
            "--listen-client-urls", client, "--advertise-client-urls", client,
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", $"bench={peer}", "--log-level", "error",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {etcdPath}");
        // Drain its output so a chatty etcd never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new EtcdServer(process, dataDir, new Uri(client));
        lock (Running)
        {
            Running.Add(server);
        }

        await server.WaitHealthyAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Kills every server still running; safe to call from any thread, more than once.</summary>
    public static void KillAll()
    {
        EtcdServer[] servers;
        lock (Running)
        {
            servers = [.. Running];
        }

        foreach (var server in servers)
        {
            server.Kill();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }

    private void Kill()
    {
        lock (Running)
        {
            if (!Running.Remove(this))
            {
                return;
            }
        }

        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp dir left behind is harmless.
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"etcd exited with code {_process.ExitCode}");
            }

            try
            {
                var health = await http.GetStringAsync(new Uri(ClientUrl, "/health"), cancellationToken).ConfigureAwait(false);
                if (health.Contains("true", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timed out; retry.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException("etcd did not become healthy within 20 s");
    }

    /// <summary>A port the kernel just handed out; etcd binds it a moment later (racy only in theory on a bench VM).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
