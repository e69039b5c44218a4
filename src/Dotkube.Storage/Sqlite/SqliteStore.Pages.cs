using System.Globalization;

namespace Dotkube.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Free pages kept for reuse, as a share of the file. Compaction frees about as many pages as
    /// the writes between two compactions fill, so steady churn reuses them instead of shrinking
    /// and regrowing the file; only a surplus (the history of a burst) goes back to the file system.
    /// </summary>
    private const double FreePageReserve = 0.25;

    /// <summary>
    /// Pages handed back per compaction batch: 1,024 (4 MiB at SQLite's default page size), a few
    /// milliseconds of page moves inside a writer transaction that also carries client writes.
    /// A large surplus is returned over several batches.
    /// </summary>
    private const long MaxPagesReleasedPerStep = 1_024;

    /// <summary>
    /// Runs inside the writer's transaction after a compaction sweep: with
    /// <c>auto_vacuum = INCREMENTAL</c> (set when the database was created), moves up to
    /// <see cref="MaxPagesReleasedPerStep"/> of the surplus free pages off the end of the file
    /// and truncates it, so the file follows the history window down after a burst.
    /// </summary>
    private void ReleaseFreePages()
    {
        var free = PragmaValue("freelist_count");
        var surplus = free - (long)(PragmaValue("page_count") * FreePageReserve);
        if (surplus <= 0)
        {
            return;
        }

        using var command = _writer.CreateCommand();
        command.Transaction = _commands.Transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA incremental_vacuum({Math.Min(surplus, MaxPagesReleasedPerStep)});");
        // SQLite frees one page per step of this statement, each step yielding a row: it is read
        // to the end, or only the first page would go.
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }

    /// <summary>
    /// Copies the WAL into the database and truncates it to zero bytes, so a running server's
    /// footprint is the database plus what was written since the last tick, not the WAL's
    /// high-water mark. There is no busy handler on the writer connection, so a reader holding an
    /// old snapshot does not stall the writer: the checkpoint then copies what it can and the
    /// next tick finishes the job. Returns the failure, if any, for the requests that asked.
    /// </summary>
    private Exception? TryCheckpoint()
    {
        try
        {
            using var command = _writer.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }

            return null;
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            return error;
        }
    }

    private long PragmaValue(string name)
    {
        using var command = _writer.CreateCommand();
        command.Transaction = _commands.Transaction;
        command.CommandText = $"PRAGMA {name};";
        return (long)command.ExecuteScalar()!;
    }
}
