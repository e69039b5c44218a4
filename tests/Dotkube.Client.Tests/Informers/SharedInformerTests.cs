using Dotkube.Api.Core.V1;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using Dotkube.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Informers;

[Collection(ApiServerCollection.Name)]
public sealed class SharedInformerTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    private static SharedInformer<ConfigMap> Informer(KubeClient client, string ns, SharedInformerOptions? options = null,
        TimeProvider? time = null, string? labelSelector = null) =>
        new(client, time ?? TimeProvider.System, NullLogger.Instance, new InformerScope(ns, labelSelector), options, new Random(1));

    [Fact]
    public async Task Run_InitialList_FillsCacheAndDeliversInitialAdds()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "a"));
        await Client.CreateAsync(ConfigMap(ns, "b"));
        var informer = Informer(Client, ns);
        var log = new EventLog<ConfigMap>();
        var registration = log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            Assert.True(informer.HasSynced);
            Assert.Equal([$"{ns}/a", $"{ns}/b"], informer.Indexer.ListKeys().Order());
            Assert.False(string.IsNullOrEmpty(informer.LastSyncResourceVersion));
            await Eventually.TrueAsync(() => registration.HasSynced, "the handler to sync");
            Assert.Equal(["add (initial) a", "add (initial) b"], log.Lines.Order());
            Assert.Same(informer.Indexer.Get(ns, "a"), log.Entries.Single(e => e.Name == "a").New);
        }
    }

    [Fact]
    public async Task Run_Changes_AreDeliveredInOrderOneCallAtATime()
    {
        var ns = await server.NewNamespaceAsync();
        var informer = Informer(Client, ns);
        var log = new EventLog<ConfigMap>();
        log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            await Client.CreateAsync(ConfigMap(ns, "a"));
            await Client.PatchAsync<ConfigMap>(ns, "a", PatchType.Merge, """{"data":{"x":"1"}}""");
            await Client.CreateAsync(ConfigMap(ns, "b"));
            await Client.DeleteAsync<ConfigMap>(ns, "a");

            await Eventually.TrueAsync(() => log.Entries.Count == 4, "four notifications");
            Assert.Equal(["add a", "update a", "add b", "delete a"], log.Lines);
            var update = log.Entries[1];
            Assert.Null(update.Old!.Data);
            Assert.Equal("1", update.New!.Data!["x"]);
            Assert.Equal("1", log.Entries[3].Old!.Data!["x"]);
            Assert.False(log.Overlapped);
            Assert.Equal([$"{ns}/b"], informer.Indexer.ListKeys());
        }
    }

    [Fact]
    public async Task AddEventHandler_AfterSync_GetsSyntheticAddsThenChanges()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "a"));
        var informer = Informer(Client, ns);

        await using (await RunningInformer.StartAsync(informer))
        {
            var log = new EventLog<ConfigMap>();
            var registration = log.AttachTo(informer);
            await Client.CreateAsync(ConfigMap(ns, "b"));

            await Eventually.TrueAsync(() => log.Entries.Count == 2, "the catch-up add and the live add");
            Assert.Equal(["add (initial) a", "add b"], log.Lines);
            Assert.True(registration.HasSynced);
        }
    }

    [Fact]
    public async Task RemovedHandler_GetsNoMoreNotifications()
    {
        var ns = await server.NewNamespaceAsync();
        var informer = Informer(Client, ns);
        var removed = new EventLog<ConfigMap>();
        var kept = new EventLog<ConfigMap>();
        var registration = removed.AttachTo(informer);
        kept.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            registration.Dispose();
            await Client.CreateAsync(ConfigMap(ns, "a"));

            await Eventually.TrueAsync(() => kept.Entries.Count == 1, "the kept handler's add");
            Assert.Empty(removed.Entries);
        }
    }

    /// <summary>
    /// The server ends each watch after one second; the informer must watch again from its last
    /// resourceVersion (no second list) and never replay an ADDED for objects it already has.
    /// </summary>
    [Fact]
    public async Task WatchClosedByServer_RewatchesFromLastResourceVersionWithoutReplay()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "before"));
        using var client = WatchProbe.Client(server, out var probe);
        var informer = Informer(client, ns, new SharedInformerOptions { WatchTimeout = TimeSpan.FromSeconds(1) });
        var log = new EventLog<ConfigMap>();
        log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            await Client.CreateAsync(ConfigMap(ns, "during"));
            await Eventually.TrueAsync(() => probe.Watches >= 3, "two rewatches");
            await Client.CreateAsync(ConfigMap(ns, "after"));
            await Eventually.TrueAsync(() => log.Count("add", "after") == 1, "the add after the rewatches");

            Assert.Equal(1, probe.Lists);
            Assert.Equal(1, log.Count("add", "before"));
            Assert.Equal(1, log.Count("add", "during"));
            Assert.DoesNotContain(probe.Requests.Where(r => r.Contains("watch=true", StringComparison.Ordinal)),
                r => !r.Contains("resourceVersion=", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Deterministic 410: the next watch is held while objects change and the store is compacted,
    /// then sent from resourceVersion 1, which the server answers with its real 410 Expired ERROR
    /// event (a recent resourceVersion would still be served from its watch cache window). The
    /// informer relists, and the relist's diff tells handlers what they missed.
    /// </summary>
    [Fact]
    public async Task WatchExpired_RelistsAndDeliversTheDifference()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "same"));
        await Client.CreateAsync(ConfigMap(ns, "changed"));
        await Client.CreateAsync(ConfigMap(ns, "gone", data: new() { ["last"] = "state" }));
        using var client = WatchProbe.Client(server, out var probe);
        var informer = Informer(client, ns, new SharedInformerOptions { WatchTimeout = TimeSpan.FromSeconds(1) });
        var log = new EventLog<ConfigMap>();
        log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            var held = probe.HoldWatches();
            await Eventually.CompletesAsync(held);
            await Client.PatchAsync<ConfigMap>(ns, "changed", PatchType.Merge, """{"data":{"x":"1"}}""");
            await Client.DeleteAsync<ConfigMap>(ns, "gone");
            await Client.CreateAsync(ConfigMap(ns, "new"));
            await server.Store.CompactAsync(server.Store.CurrentRevision);
            probe.Release(resourceVersion: "1");

            await Eventually.TrueAsync(() => log.Entries.Count == 6, "the relist's three notifications");
            Assert.Equal(2, probe.Lists);
            Assert.Equal(["add new", "delete gone", "update changed"], log.Lines.Skip(3).Order());
            Assert.Equal("state", log.Entries.Single(e => e.Kind == "delete").Old!.Data!["last"]);
            Assert.Equal([$"{ns}/changed", $"{ns}/new", $"{ns}/same"], informer.Indexer.ListKeys().Order());
        }
    }

    [Fact]
    public async Task WatchAnsweredWithHttp410_Relists()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "a"));
        using var client = WatchProbe.Client(server, out var probe);
        var informer = Informer(client, ns, new SharedInformerOptions { WatchTimeout = TimeSpan.FromSeconds(1) });
        var log = new EventLog<ConfigMap>();
        log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            probe.AnswerNextWatchWithGone();
            await Eventually.TrueAsync(() => probe.Lists == 2, "a relist");
            await Client.CreateAsync(ConfigMap(ns, "b"));

            await Eventually.TrueAsync(() => log.Count("add", "b") == 1, "the add after the relist");
            Assert.Equal(["add (initial) a", "add b"], log.Lines);
        }
    }

    [Fact]
    public async Task Resync_RedeliversEveryObjectAsAnUpdateToItself()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "a"));
        await Client.CreateAsync(ConfigMap(ns, "b"));
        var time = new ManualTime();
        var informer = Informer(Client, ns, new SharedInformerOptions { ResyncPeriod = TimeSpan.FromMinutes(1) }, time);
        var log = new EventLog<ConfigMap>();
        var registration = log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            await Eventually.TrueAsync(() => registration.HasSynced, "the initial adds");
            time.Advance(TimeSpan.FromSeconds(59));
            Assert.Equal(2, log.Entries.Count);

            time.Advance(TimeSpan.FromSeconds(1));

            await Eventually.TrueAsync(() => log.Entries.Count == 4, "two resync updates");
            var updates = log.Entries.Skip(2).ToList();
            Assert.All(updates, u => Assert.Same(u.Old, u.New));
            Assert.Equal(["update a", "update b"], updates.Select(u => u.ToString()).Order());
        }
    }

    [Fact]
    public async Task LabelSelectorScope_SeesOnlyMatchingObjects()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "web1", new() { ["tier"] = "web" }));
        await Client.CreateAsync(ConfigMap(ns, "db1", new() { ["tier"] = "db" }));
        var informer = Informer(Client, ns, labelSelector: "tier=web");
        var log = new EventLog<ConfigMap>();
        log.AttachTo(informer);

        await using (await RunningInformer.StartAsync(informer))
        {
            await Client.CreateAsync(ConfigMap(ns, "db2", new() { ["tier"] = "db" }));
            await Client.CreateAsync(ConfigMap(ns, "web2", new() { ["tier"] = "web" }));

            await Eventually.TrueAsync(() => log.Entries.Count == 2, "adds of the web objects");
            Assert.Equal(["add (initial) web1", "add web2"], log.Lines);
            Assert.Equal([$"{ns}/web1", $"{ns}/web2"], informer.Indexer.ListKeys().Order());
        }
    }

    [Fact]
    public async Task RunAsync_Twice_Throws()
    {
        var ns = await server.NewNamespaceAsync();
        var informer = Informer(Client, ns);

        await using (await RunningInformer.StartAsync(informer))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => informer.RunAsync(CancellationToken.None));
            Assert.Throws<InvalidOperationException>(() => informer.AddIndex("late", _ => []));
        }

        Assert.Throws<InvalidOperationException>(() => informer.AddEventHandler());
    }
}
