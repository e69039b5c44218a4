using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dotkube.Storage.Etcd;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// The etcd driver against a real, single-member etcd (Debian's etcd-server, /usr/bin/etcd) on
/// free loopback ports with a temp data dir. Each driver starts its own etcd so every test sees a
/// fresh revision counter; disposing kills it and deletes the dir. Reopen = a new client.
/// </summary>
public sealed class EtcdDriver : IStoreDriver
{
    private const string EtcdBinary = "/usr/bin/etcd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string _directory = Directory.CreateTempSubdirectory("dotkube-etcd-").FullName;
    private readonly List<IKeyValueStore> _open = [];
    private readonly ConcurrentQueue<string> _log = new();
    private Process? _etcd;
    private string _endpoint = "";

    public string Name => "etcd";

    /// <summary>The client URL of this driver's etcd (<c>http://127.0.0.1:port</c>), started on first use.</summary>
    public async Task<string> EndpointAsync(CancellationToken cancellationToken)
    {
        if (_etcd is null)
        {
            await StartEtcdAsync(cancellationToken);
        }

        return _endpoint;
    }

    public async Task<IKeyValueStore> OpenAsync(CancellationToken cancellationToken)
    {
        await EndpointAsync(cancellationToken);
        var store = await EtcdStore.ConnectAsync(new EtcdStoreOptions { Endpoints = [_endpoint] }, cancellationToken);
        _open.Add(store);
        return store;
    }

    public async Task<IKeyValueStore> ReopenAsync(IKeyValueStore old, CancellationToken cancellationToken)
    {
        _open.Remove(old);
        await old.DisposeAsync();
        return await OpenAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var store in _open)
            {
                await store.DisposeAsync();
            }

            if (_etcd is not null)
            {
                _etcd.Kill(entireProcessTree: true);
                await _etcd.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                _etcd.Dispose();
            }
        }
        finally
        {
            _open.Clear();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task StartEtcdAsync(CancellationToken cancellationToken)
    {
        var (clientPort, peerPort) = (FreePort(), FreePort());
        _endpoint = $"http://127.0.0.1:{clientPort}";
        var peer = $"http://127.0.0.1:{peerPort}";
        var start = new ProcessStartInfo(EtcdBinary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--name", "dotkube-test",
                "--data-dir", Path.Combine(_directory, "data"),
                "--listen-client-urls", _endpoint,
                "--advertise-client-urls", _endpoint,
                "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer,
                "--initial-cluster", $"dotkube-test={peer}",
                "--logger", "zap",
                "--log-level", "warn",
            },
        };
        _etcd = Process.Start(start) ?? throw new InvalidOperationException($"could not start {EtcdBinary}");
        // Drain etcd's output (a full pipe would block it) and keep the tail for failure messages.
        _etcd.OutputDataReceived += (_, e) => Keep(e.Data);
        _etcd.ErrorDataReceived += (_, e) => Keep(e.Data);
        _etcd.BeginOutputReadLine();
        _etcd.BeginErrorReadLine();
        await WaitUntilReadyAsync(cancellationToken);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var probe = await EtcdStore.ConnectAsync(
                    new EtcdStoreOptions { Endpoints = [_endpoint], ConnectTimeout = TimeSpan.FromSeconds(1) }, cancellationToken);
                await probe.DisposeAsync();
                return;
            }
            catch (AggregateException) when (clock.Elapsed < StartTimeout && !_etcd!.HasExited)
            {
                // Not listening or no leader yet: etcd elects itself within about a second.
                await Task.Delay(100, cancellationToken);
            }
            catch (AggregateException e)
            {
                throw new InvalidOperationException($"etcd at {_endpoint} did not become ready:\n{string.Join("\n", _log)}", e);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 50 && _log.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
