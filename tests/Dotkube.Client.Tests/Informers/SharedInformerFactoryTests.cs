using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Informers;

[Collection(ApiServerCollection.Name)]
public sealed class SharedInformerFactoryTests(ApiServerFixture server)
{
    [Fact]
    public void For_SameKindAndScope_ReturnsOneInformer()
    {
        var factory = new SharedInformerFactory(server.Client, TimeProvider.System);

        Assert.Same(factory.For<ConfigMap>(new InformerScope("a")), factory.For<ConfigMap>(new InformerScope("a")));
        Assert.Same(factory.For<ConfigMap>(), factory.For<ConfigMap>(InformerScope.All));
        Assert.NotSame(factory.For<ConfigMap>(new InformerScope("a")), factory.For<ConfigMap>(new InformerScope("a", "x=y")));
        Assert.NotSame(factory.For<ConfigMap>(), (object)factory.For<Secret>());
    }

    [Fact]
    public async Task StartAsync_ThenWaitForCacheSync_ListersServeTheCache()
    {
        var ns = await server.NewNamespaceAsync();
        await server.Client.CreateAsync(ConfigMap(ns, "a"));
        var factory = new SharedInformerFactory(server.Client, TimeProvider.System);
        var scope = new InformerScope(ns);
        var configMaps = factory.ListerFor<ConfigMap>(scope);
        var pods = factory.ListerFor<Pod>(scope);
        using var stop = new CancellationTokenSource();

        await factory.StartAsync(stop.Token);
        Assert.True(await Eventually.CompletesAsync(factory.WaitForCacheSyncAsync(CancellationToken.None)));

        Assert.NotNull(configMaps.Get(ns, "a"));
        Assert.Empty(pods.List(ns));
        await stop.CancelAsync();
        await Eventually.CompletesAsync(factory.ShutdownAsync());
    }
}
