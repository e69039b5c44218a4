using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Dynamic;
using Dotkube.Client.Informers;
using Dotkube.Controllers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Controllers.Tests.Dynamic;

[Collection(ClusterCollection.Name)]
public sealed class DynamicClientTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Discovery_lists_preferred_top_level_resources_of_every_group()
    {
        var found = await new DiscoveryClient(fixture.Client).ServerPreferredResourcesAsync();

        Assert.True(found.Complete, found.FailureMessage);
        var pods = found.ForKind("v1", "Pod")!;
        Assert.Equal(("", "v1", "pods", true), (pods.Group, pods.Version, pods.Resource, pods.Namespaced));
        Assert.True(pods.Supports("list", "watch", "delete", "deletecollection"));
        Assert.Equal("deployments", found.ForKind("apps/v1", "Deployment")!.Resource);
        Assert.Equal("deployments", found.ForKind("apps/v1beta2", "Deployment")!.Resource);
        Assert.DoesNotContain(found.Resources, r => r.Resource.Contains('/', StringComparison.Ordinal));
        Assert.False(found.ForKind("v1", "Namespace")!.Namespaced);
    }

    [Fact]
    public async Task Rediscovering_finds_resources_equal_to_the_first_discovery_so_the_collector_keeps_its_monitors()
    {
        var discovery = new DiscoveryClient(fixture.Client);
        var first = await discovery.ServerPreferredResourcesAsync();
        var again = await discovery.ServerPreferredResourcesAsync();
        await using var monitors = new Controllers.GarbageCollector.GraphMonitors(new MetadataClient(fixture.Client), TimeProvider.System,
            NullLoggerFactory.Instance);

        var started = await monitors.SyncAsync(first.Resources, CancellationToken.None);
        var restarted = await monitors.SyncAsync(again.Resources, CancellationToken.None);

        Assert.Equal(first.Resources.ToHashSet(), again.Resources.ToHashSet());
        Assert.NotEmpty(started);
        Assert.Empty(restarted);
    }

    [Fact]
    public async Task The_metadata_client_reads_patches_and_deletes_any_resource_by_its_metadata()
    {
        var ns = await fixture.NewNamespaceAsync();
        await fixture.Client.CreateAsync(new ConfigMap { Metadata = new ObjectMeta { Name = "a", Namespace = ns }, Data = new() { ["k"] = "v" } });
        var configMaps = new ApiResource("", "v1", "configmaps", "ConfigMap", true, new HashSet<string> { "get", "list" });
        var metadata = new MetadataClient(fixture.Client);

        var got = await metadata.GetAsync(configMaps, ns, "a");
        Assert.Equal("PartialObjectMetadata", got.Kind);
        var listed = await metadata.ListAsync(configMaps, ns);
        Assert.Equal("a", Assert.Single(listed.Items).Metadata.Name);

        var patched = await metadata.PatchAsync(configMaps, ns, "a", Client.Rest.PatchType.Merge, """{"metadata":{"labels":{"x":"y"}}}""");
        Assert.Equal("y", patched.Metadata.Labels!["x"]);
        Assert.Equal("v", (await fixture.Client.GetAsync<ConfigMap>(ns, "a")).Data!["k"]);

        await metadata.DeleteCollectionAsync(configMaps, ns, new DeleteOptions { PropagationPolicy = "Background" });
        Assert.Empty((await metadata.ListAsync(configMaps, ns)).Items);
    }

    [Fact]
    public async Task A_metadata_informer_follows_a_resource_through_its_lister_watcher()
    {
        var ns = await fixture.NewNamespaceAsync();
        var secrets = new ApiResource("", "v1", "secrets", "Secret", true, new HashSet<string> { "list", "watch" });
        var informer = new SharedInformer<PartialObjectMetadata>(new MetadataClient(fixture.Client).ListerWatcher(secrets), TimeProvider.System,
            NullLogger.Instance, new InformerScope(ns));
        using var stop = new CancellationTokenSource();
        var running = informer.RunAsync(stop.Token);
        Assert.True(await informer.WaitForSyncAsync(CancellationToken.None));

        await fixture.Client.CreateAsync(new Secret { Metadata = new ObjectMeta { Name = "s", Namespace = ns } });
        await Eventually.HoldsAsync(() => Task.FromResult(informer.Indexer.List().Any(s => s.Metadata.Name == "s")), "the informer to see the secret");

        await stop.CancelAsync();
        await running;
    }
}
