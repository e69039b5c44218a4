using System.Text;

namespace Dotkube.Storage.Tests.Conformance;

public sealed partial class StoreConformanceTests
{
    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Update_1000ConcurrentWithTheSameExpectedRevision_ExactlyOneWins(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var created = await store.CreateAsync("/registry/leases/ns/lock", Bytes("initial"), ct);

        var attempts = Enumerable.Range(0, 1000).Select(i => Task.Run(async () =>
        {
            try
            {
                return (Writer: i, Revision: await store.UpdateAsync("/registry/leases/ns/lock", Bytes($"writer {i}"), created, ct), Error: (StorageException?)null);
            }
            catch (StorageException e)
            {
                return (Writer: i, Revision: 0L, Error: e);
            }
        }, ct)).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o.Error is null);
        var losers = outcomes.Where(o => o.Error is not null).ToList();
        Assert.Equal(999, losers.Count);
        Assert.All(losers, o => Assert.Equal(StorageErrorCode.Conflict, o.Error!.Code));
        Assert.Equal(created + 1, winner.Revision);
        Assert.Equal(winner.Revision, store.CurrentRevision);
        var stored = await store.GetAsync("/registry/leases/ns/lock", ct);
        AssertValue(stored, "/registry/leases/ns/lock", $"writer {winner.Writer}", created, winner.Revision);
        Assert.All(losers, o => Assert.Equal(stored, o.Error!.Current, KeyValueComparer.Instance));
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_200ConcurrentOfTheSameKey_ExactlyOneWins(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var before = store.CurrentRevision;

        var attempts = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.CreateAsync("/registry/pods/ns/contended", Bytes($"writer {i}"), ct);
                return (StorageErrorCode?)null;
            }
            catch (StorageException e)
            {
                return e.Code;
            }
        }, ct)).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(StorageErrorCode.KeyExists, o));
        Assert.Equal(before + 1, store.CurrentRevision);
    });

    [Theory]
    [MemberData(nameof(Drivers.All), MemberType = typeof(Drivers))]
    public Task Create_ConcurrentWritersOfDistinctKeys_GetExactlyTheNextRevisions(string driver) => RunAsync(driver, async (store, ct) =>
    {
        var before = store.CurrentRevision;

        var writers = Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var revisions = new List<(long Revision, string Key)>();
            for (var i = 0; i < 50; i++)
            {
                var key = $"/registry/pods/ns/w{w}-{i}";
                revisions.Add((await store.CreateAsync(key, Bytes(key), ct), key));
            }

            return revisions;
        }, ct)).ToArray();
        var acknowledged = (await Task.WhenAll(writers)).SelectMany(r => r).OrderBy(a => a.Revision).ToList();

        Assert.Equal(Enumerable.Range(1, 800).Select(i => before + i), acknowledged.Select(a => a.Revision));
        Assert.Equal(before + 800, store.CurrentRevision);
        var all = await store.RangeAsync("/registry/pods/", cancellationToken: ct);
        Assert.Equal(800, all.Items.Count);
        Assert.All(all.Items, kv => Assert.Equal(kv.Key, Encoding.UTF8.GetString(kv.Value)));
        var byKey = acknowledged.ToDictionary(a => a.Key, a => a.Revision);
        Assert.All(all.Items, kv => Assert.Equal(byKey[kv.Key], kv.ModRevision));
    });
}
