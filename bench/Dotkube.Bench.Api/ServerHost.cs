using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Dotkube.ApiServer;
using Dotkube.Storage;
using Microsoft.Extensions.Logging;

namespace Dotkube.Bench.Api;

/// <summary>
/// The API server under test, in this process: HTTPS on a free loopback port over one store
/// (SQLite in a temp dir, or the etcd the benchmark started), certificates under a temp data
/// dir, logging off. <see cref="Clients"/> are the load generator's HTTP/2 connections.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly string _dir;
    private readonly X509Certificate2 _admin;

    private ServerHost(string backend, string dir, IKeyValueStore store, ApiServer.ApiServer server, X509Certificate2 admin, int connections)
    {
        Backend = backend;
        _dir = dir;
        Store = store;
        Server = server;
        _admin = admin;
        BaseAddress = new Uri($"https://127.0.0.1:{server.Port}");
        Clients = NewPool(connections);
    }

    /// <summary>"sqlite" or "etcd": the name printed in the tables.</summary>
    public string Backend { get; }

    public IKeyValueStore Store { get; }

    public ApiServer.ApiServer Server { get; }

    public Uri BaseAddress { get; }

    public ClientPool Clients { get; }

    /// <param name="endpoint">As <c>--datastore-endpoint</c>: <c>sqlite:///abs/path</c> or <c>etcd://host:port</c>.</param>
    public static async Task<ServerHost> StartAsync(string backend, string endpoint, string tempDir, int connections,
        KestrelLogCounter? kestrelLog, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(tempDir, backend);
        Directory.CreateDirectory(dir);
        var store = await StoreFactory.OpenAsync(DatastoreEndpoint.Parse(endpoint), cancellationToken).ConfigureAwait(false);
        var options = new ApiServerOptions
        {
            DataDir = Path.Combine(dir, "data"),
            BindAddress = IPAddress.Loopback,
            HttpsListenPort = 0,
            WriteKubeconfig = Path.Combine(dir, "admin.kubeconfig"),
            NodeName = "bench-node",
        };
        // No controller manager runs here to create default ServiceAccounts, which pods would need.
        options.EnabledAdmissionPlugins.Remove(Dotkube.ApiServer.Admission.AdmissionPlugins.ServiceAccount);

        var server = await ApiServer.ApiServer.StartAsync(options, store, TimeProvider.System, l =>
            {
                l.ClearProviders();
                if (kestrelLog is not null)
                {
                    l.SetMinimumLevel(LogLevel.Trace);
                    l.AddProvider(kestrelLog);
                }
            }, cancellationToken)
            .ConfigureAwait(false);
        return new ServerHost(backend, dir, store, server, server.Pki.Admin.ToCertificate(), connections);
    }

    /// <summary>Another set of connections (the watch phase keeps its streams off the writers' connections).</summary>
    public ClientPool NewPool(int connections) => new(BaseAddress, _admin, Server.Pki.ServerCa, connections);

    /// <summary>
    /// For <c>--trace</c>: the server's in-flight gauges and POST/PATCH answer counters from its
    /// /metrics, read over a connection of its own, so a stall can be placed before or inside the handlers.
    /// </summary>
    public async Task<string> MetricsProbeAsync(ClientPool probe)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var request = ClientPool.NewRequest(HttpMethod.Get, "/metrics");
            using var response = await probe.Next().SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            double inflightMutating = 0, inflightReadOnly = 0, posts = 0;
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith("apiserver_current_inflight_requests{", StringComparison.Ordinal))
                {
                    var value = double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                    if (line.Contains("mutating", StringComparison.Ordinal))
                    {
                        inflightMutating = value;
                    }
                    else
                    {
                        inflightReadOnly = value;
                    }
                }
                else if (line.StartsWith("apiserver_request_total{", StringComparison.Ordinal) && line.Contains("verb=\"POST\"", StringComparison.Ordinal))
                {
                    posts += double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return $"; server in flight {inflightMutating} mutating / {inflightReadOnly} read-only, POSTs answered {posts}";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return "; /metrics did not answer within 5 s";
        }
    }

    /// <summary>Creates namespace <paramref name="name"/>.</summary>
    public Task CreateNamespaceAsync(string name, CancellationToken cancellationToken) =>
        Clients.SendCheckedAsync(HttpMethod.Post, "/api/v1/namespaces",
            Encoding.UTF8.GetBytes($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}"""), null, cancellationToken);

    /// <summary>The HTTP version the connections negotiated (ALPN), to prove the load is HTTP/2.</summary>
    public async Task<Version> ProtocolAsync(CancellationToken cancellationToken)
    {
        using var request = ClientPool.NewRequest(HttpMethod.Get, "/version");
        using var response = await Clients.Next().SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return response.Version;
    }

    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync().ConfigureAwait(false);
        await Store.DisposeAsync().ConfigureAwait(false);
        _admin.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
