using System.Diagnostics;
using Dotkube.Api.Core.V1;
using Dotkube.Client.Rest;
using Dotkube.Client.Tests.Support;
using static Dotkube.Client.Tests.Support.TestObjects;

namespace Dotkube.Client.Tests.Rest;

[Collection(ApiServerCollection.Name)]
public sealed class WatchTests(ApiServerFixture server)
{
    private KubeClient Client => server.Client;

    private static CancellationTokenSource Deadline() => new(TimeSpan.FromSeconds(20));

    [Fact]
    public async Task Watch_FromResourceVersion_SeesAddedModifiedDeletedInOrder()
    {
        var ns = await server.NewNamespaceAsync();
        var before = await Client.CreateAsync(ConfigMap(ns, "before"));
        await Client.CreateAsync(ConfigMap(ns, "a"));
        await Client.PatchAsync<ConfigMap>(ns, "a", PatchType.Merge, """{"data":{"x":"1"}}""");
        await Client.DeleteAsync<ConfigMap>(ns, "a");

        using var deadline = Deadline();
        var seen = new List<(WatchEventType, string?)>();
        await foreach (var e in Client.WatchAsync<ConfigMap>(ns, new ListOptions { ResourceVersion = before.Metadata.ResourceVersion }, deadline.Token))
        {
            seen.Add((e.Type, e.Object?.Metadata.Name));
            if (seen.Count == 3)
            {
                break;
            }
        }

        Assert.Equal([(WatchEventType.Added, "a"), (WatchEventType.Modified, "a"), (WatchEventType.Deleted, "a")], seen);
    }

    [Fact]
    public async Task Watch_LiveChange_ArrivesWithTheNewObject()
    {
        var ns = await server.NewNamespaceAsync();
        var list = await Client.ListAsync<ConfigMap>(ns);
        using var deadline = Deadline();
        await using var events = Client.Resource<ConfigMap>().InNamespace(ns)
            .WatchAsync(new ListOptions { ResourceVersion = list.Metadata.ResourceVersion }, deadline.Token).GetAsyncEnumerator(deadline.Token);

        var next = events.MoveNextAsync();
        await Client.CreateAsync(ConfigMap(ns, "live", data: new() { ["k"] = "v" }));

        Assert.True(await next);
        Assert.Equal(WatchEventType.Added, events.Current.Type);
        Assert.Equal("v", events.Current.Object!.Data!["k"]);
    }

    [Fact]
    public async Task Watch_LabelSelector_FiltersEvents()
    {
        var ns = await server.NewNamespaceAsync();
        var start = await Client.CreateAsync(ConfigMap(ns, "start"));
        await Client.CreateAsync(ConfigMap(ns, "other", new() { ["tier"] = "db" }));
        await Client.CreateAsync(ConfigMap(ns, "mine", new() { ["tier"] = "web" }));

        using var deadline = Deadline();
        await foreach (var e in Client.WatchAsync<ConfigMap>(ns,
            new ListOptions { ResourceVersion = start.Metadata.ResourceVersion, LabelSelector = "tier=web" }, deadline.Token))
        {
            Assert.Equal("mine", e.Object!.Metadata.Name);
            break;
        }
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_CompletesTheSequence()
    {
        var ns = await server.NewNamespaceAsync();
        using var deadline = Deadline();
        var clock = Stopwatch.StartNew();

        var events = 0;
        await foreach (var _ in Client.WatchAsync<ConfigMap>(ns, new ListOptions { TimeoutSeconds = 1, ResourceVersion = "0" }, deadline.Token))
        {
            events++;
        }

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.False(deadline.IsCancellationRequested);
    }

    /// <summary>
    /// The server reports a compacted start as a 410 ERROR event (not an HTTP 410), then ends the
    /// stream; the client passes on the event and completes. Revision 1 lies before the server's
    /// watch cache window, so the server must read the compacted store history.
    /// </summary>
    [Fact]
    public async Task Watch_CompactedResourceVersion_EndsWithExpiredErrorEvent()
    {
        var ns = await server.NewNamespaceAsync();
        await Client.CreateAsync(ConfigMap(ns, "c0"));
        await server.Store.CompactAsync(server.Store.CurrentRevision);

        using var deadline = Deadline();
        var seen = new List<WatchEvent<ConfigMap>>();
        await foreach (var e in Client.WatchAsync<ConfigMap>(ns, new ListOptions { ResourceVersion = "1" }, deadline.Token))
        {
            seen.Add(e);
        }

        var error = Assert.Single(seen);
        Assert.Equal(WatchEventType.Error, error.Type);
        Assert.Equal(410, error.Status!.Code);
        Assert.Equal("Expired", error.Status.Reason);
    }

    [Fact]
    public async Task Watch_Bookmarks_CarryAResourceVersion()
    {
        var ns = await server.NewNamespaceAsync();
        using var deadline = Deadline();

        await foreach (var e in Client.WatchAsync<ConfigMap>(ns, new ListOptions { ResourceVersion = "0", AllowWatchBookmarks = true }, deadline.Token))
        {
            if (e.Type == WatchEventType.Bookmark)
            {
                Assert.False(string.IsNullOrEmpty(e.Object!.Metadata.ResourceVersion));
                return;
            }
        }

        Assert.Fail("the stream ended without a bookmark");
    }

    [Fact]
    public async Task Watch_Cancelled_ThrowsOperationCanceled()
    {
        var ns = await server.NewNamespaceAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Client.WatchAsync<ConfigMap>(ns, new ListOptions { ResourceVersion = "0" }, stop.Token))
            {
            }
        });
    }
}
