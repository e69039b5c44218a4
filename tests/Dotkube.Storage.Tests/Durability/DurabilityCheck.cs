using Dotkube.Storage.Crasher;
using Dotkube.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Tests.Durability;

/// <summary>What must hold after a SIGKILL, checked on the reopened database.</summary>
public static class DurabilityCheck
{
    /// <summary>
    /// Checks the current state against every acknowledgement so far, and <paramref name="historySample"/> against the history of the store at
    /// <paramref name="path"/>, writes once more (its revision must exceed every acknowledged one;
    /// it is recorded as acknowledged too), closes the store and runs SQLite's integrity check.
    /// Returns how many acknowledgements were checked against history (not compacted away).
    /// </summary>
    public static async Task<int> VerifyAsync(string path, AcknowledgedWrites all, IReadOnlyCollection<Acknowledgement> historySample,
        string context)
    {
        int checkedInHistory;
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = path });
        try
        {
            Assert.True(store.CurrentRevision >= all.MaxRevision,
                $"{context}: CurrentRevision {store.CurrentRevision} < acknowledged {all.MaxRevision}");
            var current = await VerifyCurrentAsync(store, all, context);
            checkedInHistory = await VerifyHistoryAsync(store, historySample, context);
            all.Add(await WriteNextAsync(store, current, all.MaxRevision, context));
        }
        finally
        {
            await store.DisposeAsync();
        }

        VerifyIntegrity(path, context);
        return checkedInHistory;
    }

    /// <summary>
    /// Every stored value is whole, and each key's latest acknowledged write is the current value
    /// or was superseded by a later one the child did not get to print (never an older one).
    /// </summary>
    private static async Task<IReadOnlyList<KeyValue>> VerifyCurrentAsync(SqliteStore store, AcknowledgedWrites all, string context)
    {
        var items = (await store.RangeAsync(DurableValue.KeyPrefix)).Items;
        var byKey = items.ToDictionary(kv => kv.Key, StringComparer.Ordinal);
        foreach (var kv in items)
        {
            Assert.True(DurableValue.TryDecode(kv.Key, kv.Value) is not null, $"{context}: torn value at {kv.Key}");
            Assert.True(kv.ModRevision <= store.CurrentRevision, $"{context}: {kv.Key} is from the future");
        }

        foreach (var (key, ack) in all.Latest)
        {
            Assert.True(byKey.TryGetValue(key, out var stored), $"{context}: acknowledged {key}@{ack.Revision} is gone");
            var sequence = DurableValue.TryDecode(key, stored.Value)!.Value;
            Assert.True(stored.ModRevision >= ack.Revision,
                $"{context}: {key} rolled back from acknowledged revision {ack.Revision} to {stored.ModRevision}");
            Assert.True(stored.ModRevision == ack.Revision ? sequence == ack.Sequence : sequence > ack.Sequence,
                $"{context}: {key}@{stored.ModRevision} holds sequence {sequence}, acknowledged {ack.Sequence}@{ack.Revision}");
        }

        return items;
    }

    /// <summary>A Range at each acknowledged revision returns the acknowledged value, unless compacted.</summary>
    private static async Task<int> VerifyHistoryAsync(SqliteStore store, IReadOnlyCollection<Acknowledgement> acknowledgements,
        string context)
    {
        var checkedInHistory = 0;
        foreach (var ack in acknowledgements)
        {
            RangeResult range;
            try
            {
                range = await store.RangeAsync(ack.Key, ack.Revision);
            }
            catch (StorageException e) when (e.Code == StorageErrorCode.Compacted)
            {
                continue;
            }

            var kv = Assert.Single(range.Items);
            Assert.True(kv.ModRevision == ack.Revision && DurableValue.TryDecode(ack.Key, kv.Value) == ack.Sequence,
                $"{context}: {ack.Key} at revision {ack.Revision} is sequence {DurableValue.TryDecode(ack.Key, kv.Value)}@{kv.ModRevision}, acknowledged {ack.Sequence}");
            checkedInHistory++;
        }

        return checkedInHistory;
    }

    /// <summary>The first write after recovery must not reuse any acknowledged revision.</summary>
    private static async Task<Acknowledgement> WriteNextAsync(SqliteStore store, IReadOnlyList<KeyValue> current,
        long maxAcknowledged, string context)
    {
        var before = store.CurrentRevision;
        var kv = current.Count > 0 ? current[0] : null;
        var key = kv?.Key ?? DurableValue.Key(0);
        var sequence = kv is null ? 1 : DurableValue.TryDecode(kv.Key, kv.Value)!.Value + 1;
        var value = DurableValue.Encode(key, sequence);
        var revision = kv is null
            ? await store.CreateAsync(key, value)
            : await store.UpdateAsync(key, value, kv.ModRevision);
        Assert.True(revision > maxAcknowledged && revision == before + 1,
            $"{context}: next write got revision {revision}, store was at {before}, acknowledged up to {maxAcknowledged}");
        return new Acknowledgement(key, sequence, revision);
    }

    private static void VerifyIntegrity(string path, string context)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        var result = command.ExecuteScalar() as string;
        Assert.True(result == "ok", $"{context}: integrity_check says {result}");
    }
}
