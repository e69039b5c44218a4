using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;
using Dotkube.ApiServer.Registry;
using Dotkube.ApiServer.Watch;
using Dotkube.Storage;
using Dotkube.Storage.Sqlite;

namespace Dotkube.ApiServer.Tests.Watch;

public sealed class WatchCacheTests : IAsyncLifetime
{
    private static readonly ResourceInfo ConfigMaps = Scheme.Default.Find(typeof(ConfigMap))!;

    private readonly string _directory = Directory.CreateTempSubdirectory("dotkube-watchcache-").FullName;
    private SqliteStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_directory, "state.db") });

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<long> CreateAsync(IKeyValueStore store, string name) =>
        store.CreateAsync(ResourceKeys.Key(ConfigMaps, "default", name),
            StoredObject.Encode(new ConfigMap { Metadata = new ObjectMeta { Name = name, Namespace = "default" } }));

    [Fact]
    public async Task A_cache_started_for_a_watch_serves_that_watch_from_its_revision()
    {
        var listed = await CreateAsync(_store, "before");
        await CreateAsync(_store, "between");
        await using var caches = new WatchCaches(_store);

        var cache = await caches.GetAsync(ConfigMaps, listed, CancellationToken.None);
        using var subscription = cache.Subscribe(ResourceKeys.ResourcePrefix(ConfigMaps), listed);

        Assert.NotNull(subscription);
        var replayed = subscription.Initial.Count > 0 ? subscription.Initial[0] : await subscription.Events.ReadAsync();
        Assert.Equal((CacheEvent.Added, "between"), (replayed.Type, replayed.Object.Metadata.Name));
    }

    [Fact]
    public async Task A_cache_started_without_a_revision_cannot_serve_an_older_watch()
    {
        var listed = await CreateAsync(_store, "before");
        await CreateAsync(_store, "between");
        await using var caches = new WatchCaches(_store);

        var cache = await caches.GetAsync(ConfigMaps, CancellationToken.None);

        Assert.Null(cache.Subscribe(ResourceKeys.ResourcePrefix(ConfigMaps), listed));
    }

    [Fact]
    public async Task An_update_event_carries_the_previous_object()
    {
        await using var caches = new WatchCaches(_store);
        var cache = await caches.GetAsync(ConfigMaps, CancellationToken.None);
        using var subscription = cache.Subscribe(ResourceKeys.ResourcePrefix(ConfigMaps), null)!;
        var created = await CreateAsync(_store, "cm");
        await _store.UpdateAsync(ResourceKeys.Key(ConfigMaps, "default", "cm"),
            StoredObject.Encode(new ConfigMap { Metadata = new ObjectMeta { Name = "cm", Namespace = "default" }, Data = new() { ["k"] = "v" } }),
            created);

        var added = await subscription.Events.ReadAsync();
        var modified = await subscription.Events.ReadAsync();

        Assert.Equal(CacheEvent.Modified, modified.Type);
        Assert.Equal(added.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), modified.PrevObject!.Metadata.ResourceVersion);
        Assert.Equal("v", ((ConfigMap)modified.Object).Data!["k"]);
    }
}
