using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Storage;
using Dotkube.Testing;

namespace Dotkube.Client.Tests.Support;

/// <summary>
/// A real API server for client tests: HTTPS on a free loopback port, SQLite in a temp dir, and
/// the admin kubeconfig it writes, which <see cref="Client"/> is built from through
/// <see cref="KubeconfigLoader"/>, so every integration test also exercises kubeconfig loading.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private InProcessCluster _cluster = null!;

    /// <summary>The store behind the server, for tests that compact it.</summary>
    public IKeyValueStore Store => _cluster.Store;

    public string KubeconfigPath => _cluster.KubeconfigPath;

    public KubeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync();
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
        await _cluster.DisposeAsync();
    }
}
