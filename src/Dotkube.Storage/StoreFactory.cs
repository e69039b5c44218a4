using Dotkube.Storage.Etcd;
using Dotkube.Storage.Sqlite;

namespace Dotkube.Storage;

/// <summary>Opens the <see cref="IKeyValueStore"/> a <see cref="DatastoreEndpoint"/> names, with each driver's default options.</summary>
public static class StoreFactory
{
    /// <summary>
    /// SQLite: opens (creating if needed) the database file and its directory. etcd: connects to
    /// the first endpoint that answers. The caller owns the store and disposes it.
    /// </summary>
    public static async Task<IKeyValueStore> OpenAsync(DatastoreEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.Kind switch
        {
            DatastoreKind.Sqlite => await SqliteStore.OpenAsync(new SqliteStoreOptions { Path = endpoint.SqlitePath! }, cancellationToken)
                .ConfigureAwait(false),
            DatastoreKind.Etcd => await EtcdStore.ConnectAsync(new EtcdStoreOptions { Endpoints = endpoint.EtcdEndpoints }, cancellationToken)
                .ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint.Kind, "unknown datastore kind"),
        };
    }
}
