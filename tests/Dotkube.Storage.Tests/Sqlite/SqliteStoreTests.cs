using System.Text;
using Dotkube.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Tests.Sqlite;

/// <summary>Behaviour specific to the SQLite driver; the shared contract is checked by the conformance suite.</summary>
public sealed class SqliteStoreTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Reopen_AfterCompactionRemovedEveryRow_ContinuesAboveTheLastRevision()
    {
        var store = await _database.OpenAsync();
        var created = await store.CreateAsync("/registry/leases/ns/a", Bytes("v1"));
        var updated = await store.UpdateAsync("/registry/leases/ns/a", Bytes("v2"), created);
        var deleted = await store.DeleteAsync("/registry/leases/ns/a", updated);
        await store.CompactAsync(deleted);
        Assert.Equal(0, await CountLogRowsAsync());
        await _database.CloseAsync(store);

        var reopened = await _database.OpenAsync();

        Assert.Equal(deleted, reopened.CurrentRevision);
        Assert.Equal(deleted, reopened.CompactedRevision);
        Assert.Equal(deleted + 1, await reopened.CreateAsync("/registry/leases/ns/a", Bytes("v3")));
    }

    [Fact]
    public async Task ConcurrentCreates_AreGroupCommittedWithGapFreeRevisions()
    {
        var store = await _database.OpenAsync();
        var before = store.TransactionCount;

        var revisions = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(i =>
            Task.Run(() => store.CreateAsync($"/registry/pods/ns/p{i}", Bytes($"v{i}")))));

        Assert.Equal(Enumerable.Range(1, 2_000).Select(i => (long)i), revisions.Order());
        Assert.Equal(2_000, store.CurrentRevision);
        // One fsync per transaction: many writers per transaction is the whole point.
        Assert.True(store.TransactionCount - before < 500, $"{store.TransactionCount - before} transactions for 2000 writes");
    }

    [Fact]
    public async Task Backup_WhileWriting_OpensWithAConsistentRevision()
    {
        var store = await _database.OpenAsync();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await store.CreateAsync($"/registry/configmaps/w{w}/c{i}", Bytes(new string('x', 512)));
            }
        })).ToArray();
        while (store.CurrentRevision < 500)
        {
            await Task.Delay(5);
        }

        var low = store.CurrentRevision;
        var backupPath = System.IO.Path.Combine(_database.Directory, "backup.db");
        await store.BackupAsync(backupPath);
        var high = store.CurrentRevision;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var copy = await _database.OpenAsync(path: backupPath);
        Assert.InRange(copy.CurrentRevision, low, high);
        // Every write was a create, so a consistent snapshot at revision R holds exactly R keys.
        var all = await copy.RangeAsync("/registry/configmaps/");
        Assert.Equal(copy.CurrentRevision, all.Items.Count);
        Assert.Equal(copy.CurrentRevision + 1, await copy.CreateAsync("/registry/configmaps/after", Bytes("v")));
        Assert.False(File.Exists(backupPath + ".partial"));
    }

    [Fact]
    public async Task Churn_WithCompaction_KeepsTheFileWithinASmallMultipleOfLiveData()
    {
        const int Keys = 1_000;
        const int Rounds = 30;
        var value = new byte[1024];
        var store = await _database.OpenAsync(o => new SqliteStoreOptions { Path = o.Path, HistoryRevisions = Keys });
        var revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.CreateAsync(LeaseKey(k), value)));
        var sizes = new List<long>();

        for (var round = 0; round < Rounds; round++)
        {
            revisions = await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => store.UpdateAsync(LeaseKey(k), value, revisions[k])));
            await store.CompactAsync(store.CurrentRevision - Keys);
            sizes.Add(_database.SizeOnDisk());
        }

        // Without compaction this is ~31 MB of history. With it the file holds live data, one
        // round of history and free pages that the next round reuses, plus a WAL bounded by
        // the auto-checkpoint (~4 MB): it stops growing after the first rounds.
        var live = (long)Keys * value.Length;
        var mainFile = new FileInfo(_database.Path).Length;
        var trace = string.Join(" ", sizes);
        Assert.True(mainFile < 6 * live, $"{mainFile} bytes in the database file for {live} bytes of live data");
        Assert.True(sizes[^1] <= sizes[Rounds / 3] * 1.1, $"still growing: {trace}");
        Assert.True(sizes[^1] < 12 * live, $"{sizes[^1]} bytes on disk for {live} bytes of live data");
        Assert.Equal(2 * Keys, await CountLogRowsAsync());
        Assert.Equal(Keys, (await store.RangeAsync("/registry/leases/")).Items.Count);
    }

    [Fact]
    public async Task BackgroundCompactor_KeepsHistoryRevisions()
    {
        var store = await _database.OpenAsync(o => new SqliteStoreOptions
        {
            Path = o.Path,
            HistoryWindow = TimeSpan.Zero,
            HistoryRevisions = 10,
            CompactionInterval = TimeSpan.FromMilliseconds(20),
        });
        var revision = await store.CreateAsync("/registry/leases/ns/node", Bytes("0"));
        for (var i = 1; i <= 50; i++)
        {
            revision = await store.UpdateAsync("/registry/leases/ns/node", Bytes($"{i}"), revision);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (store.CompactedRevision < revision - 10 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(revision - 10, store.CompactedRevision);
        var old = await store.RangeAsync("/registry/leases/", revision - 10);
        Assert.Equal("40", Encoding.UTF8.GetString(old.Items.Single().Value));
    }

    [Fact]
    public async Task SlowWatcher_OverflowingItsBuffer_CatchesUpFromTheLogWithoutGaps()
    {
        var store = await _database.OpenAsync(o => new SqliteStoreOptions { Path = o.Path, WatchBufferSize = 4 });
        await using var watch = store.WatchAsync("/registry/pods/", 0).GetAsyncEnumerator();
        var first = await store.CreateAsync("/registry/pods/ns/p0", Bytes("v"));
        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(first, watch.Current.Revision);

        // The watcher reads nothing while 100 writes commit: its buffer of 4 overflows.
        for (var i = 1; i <= 100; i++)
        {
            await store.CreateAsync($"/registry/pods/ns/p{i}", Bytes("v"));
        }

        var seen = new List<long>();
        while (seen.Count < 100 && await watch.MoveNextAsync())
        {
            seen.Add(watch.Current.Revision);
        }

        Assert.Equal(Enumerable.Range(2, 100).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task Relaxed_OpensWithSynchronousNormalAndKeepsWrites()
    {
        var store = await _database.OpenAsync(o => new SqliteStoreOptions { Path = o.Path, Relaxed = true });
        var revision = await store.CreateAsync("/registry/pods/ns/a", Bytes("v"));
        await _database.CloseAsync(store);

        var reopened = await _database.OpenAsync(o => new SqliteStoreOptions { Path = o.Path, Relaxed = true });

        Assert.Equal(revision, (await reopened.GetAsync("/registry/pods/ns/a"))!.ModRevision);
    }

    [Fact]
    public async Task Open_SameFileTwice_IsRefused()
    {
        await _database.OpenAsync();

        await Assert.ThrowsAsync<IOException>(() => _database.OpenAsync());
    }

    [Fact]
    public async Task Dispose_DrainsQueuedWrites()
    {
        var store = await _database.OpenAsync();
        var writes = Enumerable.Range(0, 200).Select(i => store.CreateAsync($"/registry/pods/ns/p{i}", Bytes("v"))).ToArray();

        await _database.CloseAsync(store);

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        var reopened = await _database.OpenAsync();
        Assert.Equal(200, reopened.CurrentRevision);
    }

    private static string LeaseKey(int k) => $"/registry/leases/kube-node-lease/node-{k:D4}";

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<long> CountLogRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM log;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
