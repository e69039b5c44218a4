using System.Collections.Concurrent;
using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_FromCurrentRevision_SeesOnlyLaterWrites(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var earlier = await store.CreateAsync("/registry/pods/ns/earlier", Bytes("v1"), ct);
        await store.UpdateAsync("/registry/pods/ns/earlier", Bytes("v2"), earlier, ct);
        await using var watch = WatchSession.Start(store, "/registry/pods/", store.CurrentRevision);

        var later = await store.CreateAsync("/registry/pods/ns/later", Bytes("v1"), ct);
        var done = await store.CreateAsync("/registry/pods/ns/sentinel", Bytes("end"), ct);

        var events = await watch.WaitForKeyAsync("/registry/pods/ns/sentinel");
        Assert.Equal([later, done], events.Select(e => e.Revision));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_Events_CarryPreviousValuesAndDeleteRevision(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var from = store.CurrentRevision;
        var created = await store.CreateAsync("/registry/pods/ns/web", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/web", Bytes("v2"), created, ct);
        var deleted = await store.DeleteAsync("/registry/pods/ns/web", updated, ct);
        await using var watch = WatchSession.Start(store, "/registry/pods/", from);

        var events = await watch.WaitUntilAsync(seen => seen.Count >= 3);

        Assert.Equal([StorageEventType.Put, StorageEventType.Put, StorageEventType.Delete], events.Take(3).Select(e => e.Type));
        AssertValue(events[0].Current, "/registry/pods/ns/web", "v1", created, created);
        Assert.Null(events[0].Previous);
        AssertValue(events[1].Current, "/registry/pods/ns/web", "v2", created, updated);
        AssertValue(events[1].Previous, "/registry/pods/ns/web", "v1", created, created);
        Assert.Equal("/registry/pods/ns/web", events[2].Current.Key);
        Assert.Empty(events[2].Current.Value);
        Assert.Equal(deleted, events[2].Revision);
        AssertValue(events[2].Previous, "/registry/pods/ns/web", "v2", created, updated);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_Prefix_DoesNotSeeSiblingPrefixes(string driver) => RunAsync(driver, async (store, ct) =>
    {
        await using var watch = WatchSession.Start(store, "/registry/pods/", store.CurrentRevision);

        await store.CreateAsync("/registry/podsx/a", Bytes("v"), ct);
        await store.CreateAsync("/registry/pods", Bytes("v"), ct);
        await store.CreateAsync("/registry/services/a", Bytes("v"), ct);
        var inside = await store.CreateAsync("/registry/pods/ns/a", Bytes("v"), ct);
        await store.CreateAsync("/registry/podsx/b", Bytes("v"), ct);
        var done = await store.CreateAsync("/registry/pods/ns/sentinel", Bytes("v"), ct);

        var events = await watch.WaitForKeyAsync("/registry/pods/ns/sentinel");
        Assert.Equal([inside, done], events.Select(e => e.Revision));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_FromEarlierRevisionWhileWritesAreInFlight_HasNoGapNoDuplicateAndIsOrdered(string driver) =>
        RunAsync(driver, async (store, ct) =>
        {
            await store.CreateAsync("/registry/pods/ns/before", Bytes("before"), ct);
            var from = store.CurrentRevision;
            var acknowledged = new ConcurrentQueue<(long Revision, string Key, string Value)>();

            async Task WriteAsync(int writer)
            {
                for (var i = 0; i < 300; i++)
                {
                    var key = i % 4 == 3 ? $"/registry/podsx/w{writer}-{i}" : $"/registry/pods/ns/w{writer}-{i}";
                    var value = $"w{writer}-{i}";
                    acknowledged.Enqueue((await store.CreateAsync(key, Bytes(value), ct), key, value));
                }
            }

            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() => WriteAsync(w), ct)).ToArray();
            while (store.CurrentRevision < from + 40 && !writers.All(w => w.IsCompleted))
            {
                await Task.Delay(1, ct);
            }

            // The watch starts while writers run, from a revision that is already in the past.
            await using var watch = WatchSession.Start(store, "/registry/pods/", from);
            await Task.WhenAll(writers);
            var done = await store.CreateAsync("/registry/pods/ns/sentinel", Bytes("end"), ct);
            acknowledged.Enqueue((done, "/registry/pods/ns/sentinel", "end"));
            Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.Revision).Distinct().Count());

            var events = await watch.WaitForKeyAsync("/registry/pods/ns/sentinel");
            var expected = acknowledged.Where(a => a.Key.StartsWith("/registry/pods/", StringComparison.Ordinal))
                .OrderBy(a => a.Revision).ToList();
            Assert.Equal(expected.Select(a => a.Revision), events.Select(e => e.Revision));
            Assert.All(events.Zip(expected), pair =>
            {
                Assert.Equal(StorageEventType.Put, pair.First.Type);
                Assert.Equal(pair.Second.Key, pair.First.Current.Key);
                Assert.Equal(pair.Second.Value, Encoding.UTF8.GetString(pair.First.Current.Value));
            });
        });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_FromPastRevision_ReplaysHistoryThenFollowsLiveWrites(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var first = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var second = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), first, ct);
        await using var watch = WatchSession.Start(store, "/registry/pods/", first);
        await watch.WaitUntilAsync(seen => seen.Count >= 1);

        var third = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v3"), second, ct);
        var events = await watch.WaitUntilAsync(seen => seen.Any(e => e.Revision == third));

        Assert.Equal([second, third], events.Select(e => e.Revision));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_Cancelled_EndsPromptly(string driver) => RunAsync(driver, async (store, ct) =>
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watching = Task.Run(async () =>
        {
            await foreach (var _ in store.WatchAsync("/registry/pods/", store.CurrentRevision, cancel.Token))
            {
            }
        }, ct);
        await Task.Delay(100, ct);

        await cancel.CancelAsync();

        var finished = await Task.WhenAny(watching, Task.Delay(TimeSpan.FromSeconds(10), ct));
        Assert.True(finished == watching, "the watch did not end within 10 s of cancellation");
        Assert.True(watching.IsCompletedSuccessfully || watching.IsCanceled || watching.Exception?.InnerException is OperationCanceledException,
            $"the watch ended with {watching.Exception?.InnerException}");
    });
}
