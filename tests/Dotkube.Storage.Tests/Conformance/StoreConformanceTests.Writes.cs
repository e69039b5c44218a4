namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Open_EmptyStore_HasRevisionZeroAndNoKeys(string driver) => RunAsync(driver, async (store, ct) =>
    {
        Assert.Equal(0, store.CurrentRevision);
        Assert.Equal(0, store.CompactedRevision);
        Assert.Null(await store.GetAsync("/registry/pods/default/web", ct));
        var all = await store.RangeAsync("/", cancellationToken: ct);
        Assert.Empty(all.Items);
        Assert.False(all.More);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_NewKey_GetsNextRevisionAndIsReadable(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var before = store.CurrentRevision;

        var revision = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);

        Assert.Equal(before + 1, revision);
        Assert.Equal(revision, store.CurrentRevision);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v1", revision, revision);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_OpaqueBytes_RoundTripExactly(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var value = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        await store.CreateAsync("/registry/secrets/default/binary", value, ct);

        Assert.Equal(value, (await store.GetAsync("/registry/secrets/default/binary", ct))!.Value);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_Twice_FailsWithKeyExistsAndKeepsValue(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);

        await FailsWithAsync(StorageErrorCode.KeyExists, () => store.CreateAsync("/registry/pods/default/web", Bytes("v2"), ct));

        Assert.Equal(created, store.CurrentRevision);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v1", created, created);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Update_CurrentRevision_ReplacesValueAndKeepsCreateRevision(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);

        var updated = await store.UpdateAsync("/registry/pods/default/web", Bytes("v2"), created, ct);

        Assert.Equal(created + 1, updated);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v2", created, updated);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Update_StaleRevision_ConflictsCarriesCurrentAndKeepsValue(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/default/web", Bytes("v2"), created, ct);

        var conflict = await FailsWithAsync(StorageErrorCode.Conflict,
            () => store.UpdateAsync("/registry/pods/default/web", Bytes("v3"), created, ct));

        AssertValue(conflict.Current, "/registry/pods/default/web", "v2", created, updated);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v2", created, updated);
        Assert.Equal(updated, store.CurrentRevision);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Delete_StaleRevision_ConflictsCarriesCurrentAndKeepsValue(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);
        var updated = await store.UpdateAsync("/registry/pods/default/web", Bytes("v2"), created, ct);

        var conflict = await FailsWithAsync(StorageErrorCode.Conflict,
            () => store.DeleteAsync("/registry/pods/default/web", created, ct));

        AssertValue(conflict.Current, "/registry/pods/default/web", "v2", created, updated);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v2", created, updated);
        Assert.Equal(updated, store.CurrentRevision);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Delete_CurrentRevision_RemovesKey(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);

        var deleted = await store.DeleteAsync("/registry/pods/default/web", created, ct);

        Assert.Equal(created + 1, deleted);
        Assert.Equal(deleted, store.CurrentRevision);
        Assert.Null(await store.GetAsync("/registry/pods/default/web", ct));
        Assert.Empty((await store.RangeAsync("/registry/pods/", cancellationToken: ct)).Items);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task UpdateAndDelete_MissingKey_FailWithKeyNotFound(string driver) => RunAsync(driver, async (store, ct) =>
    {
        await store.CreateAsync("/registry/pods/default/other", Bytes("v1"), ct);
        var before = store.CurrentRevision;

        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.UpdateAsync("/registry/pods/default/web", Bytes("v"), 0, ct));
        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.UpdateAsync("/registry/pods/default/web", Bytes("v"), before, ct));
        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.DeleteAsync("/registry/pods/default/web", 0, ct));
        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.DeleteAsync("/registry/pods/default/web", before, ct));

        Assert.Equal(before, store.CurrentRevision);
        Assert.Null(await store.GetAsync("/registry/pods/default/web", ct));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task UpdateAndDelete_DeletedKey_FailWithKeyNotFound(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);
        await store.DeleteAsync("/registry/pods/default/web", created, ct);

        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.UpdateAsync("/registry/pods/default/web", Bytes("v2"), created, ct));
        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.DeleteAsync("/registry/pods/default/web", created, ct));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task UpdateAndDelete_ExpectedRevisionZero_AreUnconditional(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);
        await store.UpdateAsync("/registry/pods/default/web", Bytes("v2"), created, ct);

        var updated = await store.UpdateAsync("/registry/pods/default/web", Bytes("v3"), 0, ct);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v3", created, updated);

        var deleted = await store.DeleteAsync("/registry/pods/default/web", 0, ct);
        Assert.Equal(updated + 1, deleted);
        Assert.Null(await store.GetAsync("/registry/pods/default/web", ct));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Update_SameBytes_IsAWriteWithANewRevision(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/pods/default/web", Bytes("same"), ct);

        var updated = await store.UpdateAsync("/registry/pods/default/web", Bytes("same"), created, ct);

        Assert.Equal(created + 1, updated);
        Assert.Equal(updated, store.CurrentRevision);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "same", created, updated);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_AfterDelete_StartsANewCreateRevision(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var first = await store.CreateAsync("/registry/pods/default/web", Bytes("v1"), ct);
        await store.DeleteAsync("/registry/pods/default/web", first, ct);

        var second = await store.CreateAsync("/registry/pods/default/web", Bytes("v2"), ct);

        Assert.Equal(first + 2, second);
        AssertValue(await store.GetAsync("/registry/pods/default/web", ct), "/registry/pods/default/web", "v2", second, second);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Revisions_AcrossCreatesUpdatesDeletesAndFailures_AreConsecutive(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var revisions = new List<long> { store.CurrentRevision };
        var a = await store.CreateAsync("/registry/a", Bytes("1"), ct);
        revisions.Add(a);
        revisions.Add(await store.CreateAsync("/registry/b", Bytes("1"), ct));
        await FailsWithAsync(StorageErrorCode.KeyExists, () => store.CreateAsync("/registry/a", Bytes("x"), ct));
        var a2 = await store.UpdateAsync("/registry/a", Bytes("2"), a, ct);
        revisions.Add(a2);
        await FailsWithAsync(StorageErrorCode.Conflict, () => store.UpdateAsync("/registry/a", Bytes("x"), a, ct));
        revisions.Add(await store.DeleteAsync("/registry/b", 0, ct));
        await FailsWithAsync(StorageErrorCode.KeyNotFound, () => store.DeleteAsync("/registry/b", 0, ct));
        revisions.Add(await store.UpdateAsync("/registry/a", Bytes("3"), a2, ct));
        revisions.Add(await store.CreateAsync("/registry/b", Bytes("2"), ct));

        var expected = Enumerable.Range(0, revisions.Count).Select(i => revisions[0] + i);
        Assert.Equal(expected, revisions);
        Assert.Equal(revisions[^1], store.CurrentRevision);
    });
}
