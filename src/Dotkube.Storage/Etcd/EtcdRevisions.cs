namespace Dotkube.Storage.Etcd;

/// <summary>
/// Translates between etcd's revisions and the store contract's. A fresh etcd is at revision 1
/// although nothing was written (its first write gets 2), while the contract says an empty store
/// is at 0 and the first write gets 1. Shifting every revision by one in both directions keeps
/// every clause exact: no gaps, consecutive writes, compaction and watch boundaries. The only
/// cost is that our resourceVersions are one below what etcdctl shows for the same write.
/// </summary>
internal static class EtcdRevisions
{
    /// <summary>etcd's revision for our revision 0 (the state before the first write).</summary>
    public const long Offset = 1;

    public static long ToEtcd(long revision) => revision + Offset;

    public static long FromEtcd(long etcdRevision) => etcdRevision - Offset;
}
