using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_Prefix_ReturnsOnlyKeysUnderItInKeyOrder(string driver) => RunAsync(driver, async (store, ct) =>
    {
        foreach (var key in new[] { "/registry/pods/b/web", "/registry/podsx/a", "/registry/pods", "/registry/pods/a/web",
                     "/registry/pods/a/db", "/registry/pod/a", "/registry/services/a/web", "/registry/pods/" + "\u00e9" })
        {
            await store.CreateAsync(key, Bytes(key), ct);
        }

        var result = await store.RangeAsync("/registry/pods/", cancellationToken: ct);

        Assert.Equal(["/registry/pods/a/db", "/registry/pods/a/web", "/registry/pods/b/web", "/registry/pods/\u00e9"],
            result.Items.Select(kv => kv.Key));
        Assert.All(result.Items, kv => Assert.Equal(kv.Key, Encoding.UTF8.GetString(kv.Value)));
        Assert.False(result.More);
        Assert.Equal(0, result.RemainingCount);
        Assert.Equal(store.CurrentRevision, result.Revision);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_AtOldRevision_SeesTheValuesOfThatRevision(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var changed = await store.CreateAsync("/registry/pods/ns/changed", Bytes("old"), ct);
        var deleted = await store.CreateAsync("/registry/pods/ns/deleted", Bytes("gone later"), ct);
        var snapshot = store.CurrentRevision;
        var changedLater = await store.UpdateAsync("/registry/pods/ns/changed", Bytes("new"), changed, ct);
        await store.DeleteAsync("/registry/pods/ns/deleted", deleted, ct);
        await store.CreateAsync("/registry/pods/ns/later", Bytes("later"), ct);

        var old = await store.RangeAsync("/registry/pods/", snapshot, cancellationToken: ct);

        Assert.Equal(snapshot, old.Revision);
        Assert.Equal(2, old.Items.Count);
        AssertValue(old.Items[0], "/registry/pods/ns/changed", "old", changed, changed);
        AssertValue(old.Items[1], "/registry/pods/ns/deleted", "gone later", deleted, deleted);

        var now = await store.RangeAsync("/registry/pods/", cancellationToken: ct);
        Assert.Equal(["/registry/pods/ns/changed", "/registry/pods/ns/later"], now.Items.Select(kv => kv.Key));
        AssertValue(now.Items[0], "/registry/pods/ns/changed", "new", changed, changedLater);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_LimitAndContinue_ReadsOneSnapshotWhileWritesHappenBetweenPages(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var revisions = new Dictionary<string, long>();
        for (var i = 0; i < 10; i++)
        {
            var key = $"/registry/pods/ns/p{i}";
            revisions[key] = await store.CreateAsync(key, Bytes("v1"), ct);
        }

        var expected = await store.RangeAsync("/registry/pods/", cancellationToken: ct);
        var pages = new List<RangeResult> { await store.RangeAsync("/registry/pods/", limit: 3, cancellationToken: ct) };
        var snapshot = pages[0].Revision;
        Assert.Equal(expected.Revision, snapshot);
        var step = 0;
        while (pages[^1].More)
        {
            // Change the keyspace between pages: before, inside and after the next page.
            step++;
            await store.UpdateAsync($"/registry/pods/ns/p{(3 * step) % 10}", Bytes($"changed {step}"), 0, ct);
            await store.DeleteAsync($"/registry/pods/ns/p{(3 * step + 1) % 10}", 0, ct);
            await store.CreateAsync($"/registry/pods/ns/p{3 * step}-new", Bytes("new"), ct);
            await store.CreateAsync($"/registry/pods/ns/a{step}", Bytes("new"), ct);
            Assert.True(step < 10, "paging did not end");
            pages.Add(await store.RangeAsync("/registry/pods/", snapshot, 3, pages[^1].Items[^1].Key, ct));
        }

        Assert.Equal([3, 3, 3, 1], pages.Select(p => p.Items.Count));
        Assert.Equal([true, true, true, false], pages.Select(p => p.More));
        Assert.Equal([7L, 4L, 1L, 0L], pages.Select(p => p.RemainingCount));
        Assert.All(pages, p => Assert.Equal(snapshot, p.Revision));
        Assert.Equal(expected.Items, pages.SelectMany(p => p.Items), KeyValueComparer.Instance);
        Assert.All(pages.SelectMany(p => p.Items), kv => Assert.Equal(revisions[kv.Key], kv.ModRevision));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_LimitEqualToCount_HasNoMore(string driver) => RunAsync(driver, async (store, ct) =>
    {
        for (var i = 0; i < 3; i++)
        {
            await store.CreateAsync($"/registry/pods/ns/p{i}", Bytes("v"), ct);
        }

        var page = await store.RangeAsync("/registry/pods/", limit: 3, cancellationToken: ct);
        var after = await store.RangeAsync("/registry/pods/", page.Revision, 3, page.Items[^1].Key, ct);

        Assert.Equal(3, page.Items.Count);
        Assert.False(page.More);
        Assert.Equal(0, page.RemainingCount);
        Assert.Empty(after.Items);
        Assert.False(after.More);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Range_EmptyPrefix_ReturnsNothing(string driver) => RunAsync(driver, async (store, ct) =>
    {
        await store.CreateAsync("/registry/podsx/a", Bytes("v"), ct);

        var result = await store.RangeAsync("/registry/pods/", limit: 5, cancellationToken: ct);

        Assert.Empty(result.Items);
        Assert.False(result.More);
        Assert.Equal(0, result.RemainingCount);
    });
}
