using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.ApiServer;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Storage;
using Dotkube.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Dotkube.Client.Tests.Support;

/// <summary>
/// A real API server for client tests: HTTPS on a free loopback port, SQLite in a temp dir, and
/// the admin kubeconfig it writes, which <see cref="Client"/> is built from through
/// <see cref="KubeconfigLoader"/>, so every integration test also exercises kubeconfig loading.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dotkube-client-" + Guid.NewGuid().ToString("N"));
    private IKeyValueStore? _store;
    private ApiServer.ApiServer? _server;

    /// <summary>The store behind the server, for tests that compact it.</summary>
    public IKeyValueStore Store => _store!;

    public string KubeconfigPath => Path.Combine(_dir, "admin.kubeconfig");

    public KubeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var options = new ApiServerOptions
        {
            DataDir = Path.Combine(_dir, "data"),
            BindAddress = IPAddress.Loopback,
            HttpsListenPort = 0,
            WriteKubeconfig = KubeconfigPath,
            NodeName = "test-node",
        };
        _store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_dir, "state.db") });
        _server = await ApiServer.ApiServer.StartAsync(options, _store, TimeProvider.System, l => l.ClearProviders(), CancellationToken.None,
            bookmarkInterval: TimeSpan.FromMilliseconds(500));
        Client = new KubeClient(KubeconfigLoader.Load(KubeconfigPath));
    }

    /// <summary>A fresh namespace, so tests sharing the server never see each other's objects.</summary>
    public async Task<string> NewNamespaceAsync()
    {
        var name = "c-" + Guid.NewGuid().ToString("N")[..10];
        await Client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } });
        return name;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }
}
