namespace Dotkube.Storage;

/// <summary>Which driver a <see cref="DatastoreEndpoint"/> selects.</summary>
public enum DatastoreKind
{
    /// <summary>The embedded SQLite store (the default), one database file.</summary>
    Sqlite,

    /// <summary>An external etcd v3 cluster, for several servers sharing one datastore (HA).</summary>
    Etcd,
}
