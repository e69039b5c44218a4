namespace Dotkube.Storage.Etcd;

/// <summary>The gRPC paths of the etcd v3 calls we make (service etcdserverpb.KV and etcdserverpb.Watch).</summary>
internal static class EtcdMethods
{
    public const string Range = "/etcdserverpb.KV/Range";
    public const string Txn = "/etcdserverpb.KV/Txn";
    public const string Compact = "/etcdserverpb.KV/Compact";
    public const string Watch = "/etcdserverpb.Watch/Watch";
}
