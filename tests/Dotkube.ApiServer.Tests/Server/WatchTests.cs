using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Dotkube.ApiServer.Tests.Server;

public sealed class WatchTests(ApiServerFixture server) : IClassFixture<ApiServerFixture>
{
    private async Task<string> NewNamespaceAsync()
    {
        var name = "w-" + Guid.NewGuid().ToString("N")[..10];
        Assert.Equal(201, (await server.PostAsync("/api/v1/namespaces", $$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")).Code);
        return name;
    }

    private static string ConfigMap(string name, string labels = "{}") =>
        $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}","labels":{{{labels}}}}}""";

    /// <summary>Streams watch events (type, name, resourceVersion) from a path until disposed.</summary>
    private async Task<(Channel<JsonNode> Events, CancellationTokenSource Stop)> WatchAsync(string path)
    {
        var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var events = Channel.CreateUnbounded<JsonNode>();
        var response = await server.Client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        Assert.Equal(200, (int)response.StatusCode);
        _ = Task.Run(async () =>
        {
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    await events.Writer.WriteAsync(JsonNode.Parse(line)!, stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                events.Writer.TryComplete();
                response.Dispose();
            }
        });
        return (events, stop);
    }

    private static async Task<(string Type, string Name)> NextAsync(Channel<JsonNode> events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var e = await events.Reader.ReadAsync(timeout.Token);
        return (e["type"]!.GetValue<string>(), e["object"]!["metadata"]!["name"]?.GetValue<string>() ?? "");
    }

    [Fact]
    public async Task Watch_FromResourceVersion_SeesExactlyLaterChangesInOrder()
    {
        var ns = await NewNamespaceAsync();
        var first = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("before"));
        var rv = first.Json["metadata"]!["resourceVersion"]!.GetValue<string>();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("a"));
        await server.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/a", """{"data":{"x":"1"}}""", "application/merge-patch+json");
        await server.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/a");

        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv}");
        using (stop)
        {
            Assert.Equal(("ADDED", "a"), await NextAsync(events));
            Assert.Equal(("MODIFIED", "a"), await NextAsync(events));
            Assert.Equal(("DELETED", "a"), await NextAsync(events));
            await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("live"));
            Assert.Equal(("ADDED", "live"), await NextAsync(events));
        }
    }

    [Fact]
    public async Task Watch_WithoutResourceVersion_StartsWithSyntheticAdded()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("one"));
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("two"));

        var (events, stop) = await WatchAsync($"/api/v1/watch/namespaces/{ns}/configmaps");
        using (stop)
        {
            Assert.Equal(("ADDED", "one"), await NextAsync(events));
            Assert.Equal(("ADDED", "two"), await NextAsync(events));
        }
    }

    [Fact]
    public async Task Watch_LabelSelectorTransitions_AppearAsAddedAndDeleted()
    {
        var ns = await NewNamespaceAsync();
        await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("m", """{"tier":"db"}"""));

        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/configmaps?watch=1&labelSelector=tier%3Dweb");
        using (stop)
        {
            await server.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/m", """{"metadata":{"labels":{"tier":"web"}}}""", "application/merge-patch+json");
            Assert.Equal(("ADDED", "m"), await NextAsync(events));
            await server.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/m", """{"metadata":{"labels":{"tier":"db"}}}""", "application/merge-patch+json");
            Assert.Equal(("DELETED", "m"), await NextAsync(events));
        }
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_EndsTheStream()
    {
        var ns = await NewNamespaceAsync();
        var started = DateTime.UtcNow;
        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/configmaps?watch=true&timeoutSeconds=1&resourceVersion=0");
        using (stop)
        {
            await events.Reader.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Watch_CompactedResourceVersion_EndsWith410ErrorEvent()
    {
        var ns = await NewNamespaceAsync();
        for (var i = 0; i < 3; i++)
        {
            await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap($"c{i}"));
        }

        var store = server.Store;
        await store.CompactAsync(store.CurrentRevision);
        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion=1");
        using (stop)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var e = await events.Reader.ReadAsync(timeout.Token);
            Assert.Equal("ERROR", e["type"]!.GetValue<string>());
            Assert.Equal(410, e["object"]!["code"]!.GetValue<int>());
            Assert.Equal("Expired", e["object"]!["reason"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Watch_Bookmarks_CarryTheResourceVersion()
    {
        var ns = await NewNamespaceAsync();
        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/configmaps?watch=true&allowWatchBookmarks=true&resourceVersion=0");
        using (stop)
        {
            var created = await server.PostAsync($"/api/v1/namespaces/{ns}/configmaps", ConfigMap("b"));
            var createdRv = long.Parse(created.Json["metadata"]!["resourceVersion"]!.GetValue<string>());

            // Bookmarks may arrive at any time (every 500 ms here); skip them until the object's
            // event, then the next bookmark must carry at least the object's revision.
            (string Type, string Name) next;
            do
            {
                next = await NextAsync(events);
            }
            while (next.Type == "BOOKMARK");

            Assert.Equal(("ADDED", "b"), next);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var bookmark = await events.Reader.ReadAsync(timeout.Token);
            Assert.Equal("BOOKMARK", bookmark["type"]!.GetValue<string>());
            Assert.True(long.Parse(bookmark["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()) >= createdRv);
        }
    }

    [Fact]
    public async Task Watch_WhenItEnds_CountsInRequestMetrics()
    {
        var ns = await NewNamespaceAsync();
        var (events, stop) = await WatchAsync($"/api/v1/namespaces/{ns}/secrets?watch=true&timeoutSeconds=1&resourceVersion=0");
        using (stop)
        {
            await events.Reader.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        }

        var metrics = (await server.GetAsync("/metrics")).Body;
        Assert.Contains("apiserver_request_total{code=\"200\",component=\"apiserver\",dry_run=\"\",group=\"\",resource=\"secrets\",scope=\"namespace\",subresource=\"\",verb=\"WATCH\",version=\"v1\"}", metrics);
    }
}
