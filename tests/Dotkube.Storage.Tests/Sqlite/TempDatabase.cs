using Dotkube.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dotkube.Storage.Tests.Sqlite;

/// <summary>A temp directory for SQLite store files; stores opened through it are closed and the directory deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<SqliteStore> _open = [];

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("dotkube-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(Directory, "state.db");

    public async Task<SqliteStore> OpenAsync(Func<SqliteStoreOptions, SqliteStoreOptions>? configure = null, string? path = null)
    {
        var options = new SqliteStoreOptions { Path = path ?? Path };
        var store = await SqliteStore.OpenAsync(configure?.Invoke(options) ?? options);
        _open.Add(store);
        return store;
    }

    public async Task CloseAsync(SqliteStore store)
    {
        _open.Remove(store);
        await store.DisposeAsync();
    }

    /// <summary>The database file plus its WAL: what the store costs on disk.</summary>
    public long SizeOnDisk(string? path = null)
    {
        var file = path ?? Path;
        return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var store in _open)
            {
                await store.DisposeAsync();
            }
        }
        finally
        {
            _open.Clear();
            SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
