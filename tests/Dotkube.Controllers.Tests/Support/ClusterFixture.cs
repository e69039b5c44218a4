using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Rest;
using Dotkube.Testing;

namespace Dotkube.Controllers.Tests.Support;

/// <summary>
/// A real API server shared by the controller integration tests. Each test works in its own
/// namespace (<see cref="NewNamespaceAsync"/>) and starts only the controllers it tests
/// (<see cref="RunningControllers"/>), so tests never see each other's objects.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private InProcessCluster _cluster = null!;

    public InProcessCluster Cluster => _cluster;

    public KubeClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync();
        Client = new KubeClient(KubeconfigLoader.Load(_cluster.KubeconfigPath));
    }

    public async Task<string> NewNamespaceAsync()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..10];
        await Client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = name } });
        return name;
    }

    /// <summary>A new client of the same admin user, for controllers that should not share the test's connection.</summary>
    public KubeClient NewClient() => new(KubeconfigLoader.Load(_cluster.KubeconfigPath));

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
