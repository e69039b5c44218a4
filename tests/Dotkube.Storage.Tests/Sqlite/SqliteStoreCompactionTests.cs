using System.Diagnostics;
using Dotkube.Storage.Sqlite;

namespace Dotkube.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite store's background compactor and what it does to the files: history bounded by
/// revision count without waiting for the timer, free pages handed back, the WAL truncated.
/// </summary>
public sealed class SqliteStoreCompactionTests : IAsyncLifetime
{
    private static readonly TimeSpan Never = TimeSpan.FromHours(1);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly TempDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task RevisionCount_TriggersCompactionWithoutWaitingForTheInterval()
    {
        var store = await _database.OpenAsync(o => new SqliteStoreOptions
        {
            Path = o.Path,
            HistoryWindow = TimeSpan.Zero,
            HistoryRevisions = 100,
            CompactionBatchSize = 50,
            CompactionInterval = Never,
        });
        var revision = await store.CreateAsync("/registry/leases/ns/node", new byte[] { 0 });
        for (var i = 0; i < 1_000; i++)
        {
            revision = await store.UpdateAsync("/registry/leases/ns/node", new[] { (byte)i }, revision);
        }

        // Due once 100 + 50 revisions are behind the head; a little lag for the compactor task.
        await WaitUntilAsync(() => store.CompactedRevision >= revision - 100 - 50 - 10,
            () => $"compacted {store.CompactedRevision}, head {revision}");
        Assert.True(store.CurrentRevision - store.CompactedRevision >= 100, "compacted into the kept history");
    }

    [Fact]
    public async Task RevisionCount_DoesNotCompactInsideTheTimeWindow()
    {
        // Whichever keeps more: 5 minutes of history beats 100 revisions, so nothing goes.
        var store = await _database.OpenAsync(o => new SqliteStoreOptions
        {
            Path = o.Path,
            HistoryWindow = TimeSpan.FromMinutes(5),
            HistoryRevisions = 100,
            CompactionBatchSize = 50,
            CompactionInterval = TimeSpan.FromMilliseconds(50),
        });
        var revision = await store.CreateAsync("/registry/leases/ns/node", new byte[] { 0 });
        for (var i = 0; i < 500; i++)
        {
            revision = await store.UpdateAsync("/registry/leases/ns/node", new[] { (byte)i }, revision);
        }

        await Task.Delay(300);

        Assert.Equal(0, store.CompactedRevision);
        Assert.Single((await store.RangeAsync("/registry/leases/", 1)).Items);
    }

    [Fact]
    public async Task Churn_WithTheBackgroundCompactor_KeepsTheFilesWithinASmallMultipleOfLiveData()
    {
        const int Keys = 200;
        const int Rounds = 100;
        var value = new byte[1024];
        Random.Shared.NextBytes(value);
        var store = await _database.OpenAsync(o => new SqliteStoreOptions
        {
            Path = o.Path,
            HistoryWindow = TimeSpan.Zero,
            HistoryRevisions = Keys,
            CompactionBatchSize = Keys / 2,
            CompactionInterval = TimeSpan.FromMilliseconds(200),
        });
        var revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.CreateAsync(Key(k), value)));
        var live = Enumerable.Range(0, Keys).Sum(k => (long)Key(k).Length + value.Length);
        var databaseSizes = new List<long>();

        for (var round = 0; round < Rounds; round++)
        {
            revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.UpdateAsync(Key(k), value, revisions[k])));
            databaseSizes.Add(new FileInfo(_database.Path).Length);
        }

        // 20,000 updates are ~22 MB of values. While they run, the database file holds live data,
        // at most a few batches of history and the free-page reserve; the WAL is checked below.
        var trace = string.Join(" ", databaseSizes.Select(s => s / 1024));
        Assert.True(databaseSizes.Max() < 8 * live, $"database file in KiB per round, live {live / 1024} KiB: {trace}");
        // Once idle, the compactor catches up with the head and a tick truncates the WAL.
        await WaitUntilAsync(() => store.CompactedRevision >= store.CurrentRevision - Keys && WalSize() == 0,
            () => $"compacted {store.CompactedRevision}, head {store.CurrentRevision}, WAL {WalSize()} bytes");
        var onDisk = _database.SizeOnDisk();
        Assert.True(onDisk <= 5 * live, $"{onDisk} bytes on disk for {live} bytes of live data ({(double)onDisk / live:F1}x)");
        Assert.Equal(Keys, (await store.RangeAsync("/registry/leases/")).Items.Count);
    }

    [Fact]
    public async Task CompactingABurst_HandsTheFreedPagesBackToTheFileSystem()
    {
        const int Keys = 100;
        var value = new byte[1024];
        var store = await _database.OpenAsync(o => new SqliteStoreOptions
        {
            Path = o.Path,
            HistoryRevisions = 1_000_000,
            CompactionInterval = Never,
        });
        var revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.CreateAsync(Key(k), value)));
        for (var round = 0; round < 100; round++)
        {
            revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.UpdateAsync(Key(k), value, revisions[k])));
        }

        await _database.CloseAsync(store);
        var afterBurst = _database.SizeOnDisk();
        store = await _database.OpenAsync(o => new SqliteStoreOptions { Path = o.Path, CompactionInterval = Never });

        await store.CompactAsync(store.CurrentRevision);
        await _database.CloseAsync(store);

        // 10,100 versions of 1 KiB were ~11 MB; 100 remain. The file follows them down.
        var afterCompaction = _database.SizeOnDisk();
        Assert.True(afterBurst > 10_000_000, $"the burst left {afterBurst} bytes");
        Assert.True(afterCompaction < 1_000_000, $"{afterCompaction} bytes after compacting, {afterBurst} before");
    }

    private static string Key(int k) => $"/registry/leases/kube-node-lease/node-{k:D4}";

    private long WalSize() => File.Exists(_database.Path + "-wal") ? new FileInfo(_database.Path + "-wal").Length : 0;

    private static async Task WaitUntilAsync(Func<bool> condition, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"not reached within {Deadline}: {describe()}");
            await Task.Delay(20);
        }
    }
}
