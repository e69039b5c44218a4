using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Sqlite;

/// <summary>
/// The embedded, default <see cref="IKeyValueStore"/>: one SQLite database in WAL mode.
/// <para>
/// Schema (see <c>SqliteStore.Schema.cs</c>): <c>log</c> holds every write, keyed by revision
/// (etcd's MVCC keyspace); <c>current</c> maps each live key to its latest revision, so Get and
/// Range at the current revision never scan history (unlike kine's <c>MAX(id) GROUP BY</c>);
/// <c>meta</c> persists the revision counter and the compaction state.
/// </para>
/// <para>
/// One writer loop owns the write connection. It drains all queued writes into one transaction
/// (group commit: one fsync for many writers), checks every condition inside that transaction,
/// hands out consecutive revisions, commits, and only then publishes the events to watchers and
/// acknowledges the callers, in revision order. This avoids kine's problem by construction:
/// kine lets concurrent transactions take auto-increment ids and later has to fill gaps and
/// reorder. Reads use pooled read-only connections, each in its own WAL snapshot.
/// </para>
/// </summary>
public sealed partial class SqliteStore : IKeyValueStore
{
    private readonly SqliteStoreOptions _options;
    private readonly string _readConnectionString;
    private readonly SqliteConnection _writer;
    private readonly FileStream _lockFile;
    private readonly Channel<WriteRequest> _requests = Channel.CreateUnbounded<WriteRequest>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task _writerLoop = Task.CompletedTask;
    private Task _compactorLoop = Task.CompletedTask;
    private long _currentRevision;
    private long _compactedRevision;
    private long _compactCursor;
    private int _disposed;

    private SqliteStore(SqliteStoreOptions options, SqliteConnection writer, FileStream lockFile, string readConnectionString)
    {
        _options = options;
        _writer = writer;
        _lockFile = lockFile;
        _readConnectionString = readConnectionString;
        _commands = new WriterCommands(writer);
    }

    public long CurrentRevision => Volatile.Read(ref _currentRevision);

    public long CompactedRevision => Volatile.Read(ref _compactedRevision);

    /// <summary>Transactions the writer committed; lets tests see that group commit batches.</summary>
    internal long TransactionCount => Interlocked.Read(ref _transactionCount);

    /// <summary>
    /// Opens (creating if needed) the database at <see cref="SqliteStoreOptions.Path"/>, restores
    /// the revision counter and starts the writer and the background compactor. A second store
    /// on the same file, in this or another process, is refused: two writers would hand out the
    /// same revisions.
    /// </summary>
    public static async Task<SqliteStore> OpenAsync(SqliteStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var path = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);

        var lockFile = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        SqliteConnection? writer = null;
        try
        {
            writer = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            var readConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = true,
            }.ToString();
            var store = new SqliteStore(options, writer, lockFile, readConnectionString);
            store.Initialize();
            store._writerLoop = Task.Run(store.RunWriterAsync, CancellationToken.None);
            store._compactorLoop = Task.Run(() => store.RunCompactorAsync(store._stopping.Token), CancellationToken.None);
            return store;
        }
        catch
        {
            writer?.Dispose();
            await lockFile.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<long> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
        EnqueueAsync(WriteKind.Create, key, value.ToArray(), 0, cancellationToken);

    public Task<long> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision,
        CancellationToken cancellationToken = default) =>
        EnqueueAsync(WriteKind.Update, key, value.ToArray(), expectedModRevision, cancellationToken);

    public Task<long> DeleteAsync(string key, long expectedModRevision, CancellationToken cancellationToken = default) =>
        EnqueueAsync(WriteKind.Delete, key, [], expectedModRevision, cancellationToken);

    /// <summary>
    /// Copies a consistent snapshot of the database to <paramref name="path"/> while writes
    /// continue: SQLite's online backup reads inside one WAL snapshot, which never blocks the
    /// writer. The copy is written beside the target and renamed into place, so a crash never
    /// leaves a half-written backup under the final name.
    /// </summary>
    public async Task BackupAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var target = System.IO.Path.GetFullPath(path);
        var temporary = target + ".partial";
        await Task.Run(() =>
        {
            File.Delete(temporary);
            using (var source = new SqliteConnection(_readConnectionString))
            using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = temporary,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString()))
            {
                source.Open();
                destination.Open();
                source.BackupDatabase(destination);
            }

            File.Move(temporary, target, overwrite: true);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the compactor, lets the writer finish every queued write, ends all watches and closes the files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _compactorLoop.ConfigureAwait(false);
        _requests.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
        EndAllWatches();
        _commands.Dispose();
        await _writer.DisposeAsync().ConfigureAwait(false);
        using (var pooled = new SqliteConnection(_readConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        await _lockFile.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private Task<long> EnqueueAsync(WriteKind kind, string key, byte[] value, long argument, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (argument < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(argument), argument, "revisions are not negative");
        }

        return EnqueueRequestAsync(new WriteRequest(kind, key, value, argument, cancellationToken));
    }

    private Task<long> EnqueueRequestAsync(WriteRequest request)
    {
        if (request.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<long>(request.CancellationToken);
        }

        if (Volatile.Read(ref _disposed) != 0 || !_requests.Writer.TryWrite(request))
        {
            return Task.FromException<long>(new ObjectDisposedException(nameof(SqliteStore)));
        }

        return request.Completion.Task;
    }
}
