namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_BelowCompactedRevision_FailsWithCompacted(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var old = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), created, ct);
        await store.UpdateAsync("/registry/pods/ns/a", Bytes("v3"), old, ct);
        var compactAt = store.CurrentRevision;

        await store.CompactAsync(compactAt, ct);

        Assert.Equal(compactAt, store.CompactedRevision);
        await FailsWithAsync(StorageErrorCode.Compacted, () => store.RangeAsync("/registry/pods/", old, cancellationToken: ct));
        await FailsWithAsync(StorageErrorCode.Compacted, () => store.RangeAsync("/registry/pods/", created, cancellationToken: ct));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_FromCompactedRevision_FailsWithCompacted(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), created, ct);
        await store.UpdateAsync("/registry/pods/ns/a", Bytes("v3"), updated, ct);
        await store.CompactAsync(updated, ct);

        await using var watch = WatchSession.Start(store, "/registry/pods/", created);
        var failure = await watch.WaitForFailureAsync();

        Assert.Equal(StorageErrorCode.Compacted, failure.Code);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Watch_FromTheCompactedRevisionItself_DeliversLaterEvents(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/ns/a", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v2"), created, ct);
        var last = await store.UpdateAsync("/registry/pods/ns/a", Bytes("v3"), updated, ct);
        await store.CompactAsync(updated, ct);

        await using var watch = WatchSession.Start(store, "/registry/pods/", updated);
        var events = await watch.WaitUntilAsync(seen => seen.Count >= 1);

        Assert.Equal(last, events[0].Revision);
        AssertValue(events[0].Previous, "/registry/pods/ns/a", "v2", created, updated);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Compact_KeepsCurrentValuesReadableAndRevisionsContinuing(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var untouched = await store.CreateAsync("/registry/pods/ns/untouched", Bytes("v1"), ct);
        var churned = await store.CreateAsync("/registry/pods/ns/churned", Bytes("v0"), ct);
        var churnedAt = churned;
        for (var i = 1; i <= 10; i++)
        {
            churnedAt = await store.UpdateAsync("/registry/pods/ns/churned", Bytes($"v{i}"), churnedAt, ct);
        }

        var gone = await store.CreateAsync("/registry/pods/ns/gone", Bytes("v1"), ct);
        await store.DeleteAsync("/registry/pods/ns/gone", gone, ct);
        var compactAt = store.CurrentRevision;

        await store.CompactAsync(compactAt, ct);

        AssertValue(await store.GetAsync("/registry/pods/ns/untouched", ct), "/registry/pods/ns/untouched", "v1", untouched, untouched);
        AssertValue(await store.GetAsync("/registry/pods/ns/churned", ct), "/registry/pods/ns/churned", "v10", churned, churnedAt);
        Assert.Null(await store.GetAsync("/registry/pods/ns/gone", ct));
        var now = await store.RangeAsync("/registry/pods/", cancellationToken: ct);
        Assert.Equal(["/registry/pods/ns/churned", "/registry/pods/ns/untouched"], now.Items.Select(kv => kv.Key));
        var next = await store.UpdateAsync("/registry/pods/ns/untouched", Bytes("v2"), untouched, ct);
        Assert.Equal(compactAt + 1, next);
        var afterNext = await store.RangeAsync("/registry/pods/", next, cancellationToken: ct);
        AssertValue(afterNext.Items[0], "/registry/pods/ns/churned", "v10", churned, churnedAt);
    });
}
