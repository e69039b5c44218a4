using Dotkube.Grpc;

namespace Dotkube.Storage.Etcd;

/// <summary>Recognises etcd's errors by the messages etcd documents (api/v3rpc/rpctypes).</summary>
internal static class EtcdErrors
{
    /// <summary>rpctypes.ErrGRPCCompacted: a Range or Compact below the compacted revision.</summary>
    private const string CompactedMessage = "required revision has been compacted";

    /// <summary>rpctypes.ErrGRPCFutureRev: a Range above the current revision.</summary>
    private const string FutureRevisionMessage = "required revision is a future revision";

    public static bool IsFutureRevision(RpcException e) =>
        e.StatusCode == StatusCode.OutOfRange && e.Detail.Contains(FutureRevisionMessage, StringComparison.Ordinal);

    public static bool IsCompacted(RpcException e) =>
        e.StatusCode == StatusCode.OutOfRange && e.Detail.Contains(CompactedMessage, StringComparison.Ordinal);

    public static StorageException Compacted(long revision, long compactedRevision) =>
        new(StorageErrorCode.Compacted, $"revision {revision} has been compacted (compacted revision {compactedRevision})");
}
