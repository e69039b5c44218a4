namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Reopen_AfterWritesEndingInADelete_ContinuesAboveEveryAcknowledgedRevision(string driver) => RunAsync(driver, async context =>
    {
        var (store, ct) = (context.Store, context.Token);
        var created = await store.CreateAsync("/registry/pods/ns/kept", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/kept", Bytes("v2"), created, ct);
        var doomed = await store.CreateAsync("/registry/pods/ns/doomed", Bytes("v1"), ct);
        var deleted = await store.DeleteAsync("/registry/pods/ns/doomed", doomed, ct);

        store = await context.ReopenAsync();

        Assert.Equal(deleted, store.CurrentRevision);
        AssertValue(await store.GetAsync("/registry/pods/ns/kept", ct), "/registry/pods/ns/kept", "v2", created, updated);
        Assert.Null(await store.GetAsync("/registry/pods/ns/doomed", ct));
        Assert.Equal(deleted + 1, await store.CreateAsync("/registry/pods/ns/doomed", Bytes("again"), ct));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Reopen_KeepsHistoryForRangesAndWatches(string driver) => RunAsync(driver, async context =>
    {
        var (store, ct) = (context.Store, context.Token);
        var created = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), created, ct);

        store = await context.ReopenAsync();

        var old = await store.RangeAsync("/registry/pods/", created, cancellationToken: ct);
        AssertValue(Assert.Single(old.Items), "/registry/pods/ns/a", "v1", created, created);
        await using var watch = WatchSession.Start(store, "/registry/pods/", created);
        var events = await watch.WaitUntilAsync(seen => seen.Count >= 1);
        Assert.Equal(updated, events[0].Revision);
        AssertValue(events[0].Previous, "/registry/pods/ns/a", "v1", created, created);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Reopen_KeepsCompaction(string driver) => RunAsync(driver, async context =>
    {
        var (store, ct) = (context.Store, context.Token);
        var created = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), created, ct);
        await store.CompactAsync(updated, ct);

        store = await context.ReopenAsync();

        Assert.True(store.CompactedRevision >= updated, $"compacted revision {store.CompactedRevision} after reopen, compacted at {updated}");
        await FailsWithAsync(StorageErrorCode.Compacted, () => store.RangeAsync("/registry/pods/", created, cancellationToken: ct));
        AssertValue(await store.GetAsync("/registry/pods/ns/a", ct), "/registry/pods/ns/a", "v2", created, updated);
    });
}
