using Dotkube.Storage.Sqlite;

namespace Dotkube.Storage.Tests.Conformance;

/// <summary>The SQLite driver on a database file in a temp directory that is deleted on dispose.</summary>
public sealed class SqliteDriver : IStoreDriver
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dotkube-conformance-").FullName;
    private readonly List<IKeyValueStore> _open = [];

    public string Name => "sqlite";

    private string DatabasePath => Path.Combine(_directory, "state.db");

    public async Task<IKeyValueStore> OpenAsync(CancellationToken cancellationToken)
    {
        var store = await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = DatabasePath }, cancellationToken);
        _open.Add(store);
        return store;
    }

    public async Task<IKeyValueStore> ReopenAsync(IKeyValueStore old, CancellationToken cancellationToken)
    {
        _open.Remove(old);
        await old.DisposeAsync();
        return await OpenAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var store in _open)
            {
                await store.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            _open.Clear();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
