namespace Dotkube.Storage.Tests.Conformance;

/// <summary>
/// Opens one store of a driver for a conformance test and owns everything it needs (temp
/// directories, servers). Disposing the driver closes every store it opened and cleans up.
/// </summary>
public interface IStoreDriver : IAsyncDisposable
{
    /// <summary>The theory case name ("sqlite", "etcd").</summary>
    string Name { get; }

    /// <summary>Opens a fresh, empty store.</summary>
    Task<IKeyValueStore> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Closes <paramref name="old"/> and opens the same data again (SQLite: reopen the file; etcd: reconnect).</summary>
    Task<IKeyValueStore> ReopenAsync(IKeyValueStore old, CancellationToken cancellationToken);
}
