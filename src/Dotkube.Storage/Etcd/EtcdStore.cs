using Dotkube.Grpc;
using Dotkube.Storage.Etcd.Protos;

namespace Dotkube.Storage.Etcd;

/// <summary>
/// <see cref="IKeyValueStore"/> on an etcd v3 cluster, through its KV and Watch gRPC services
/// (Dotkube.Grpc). Every operation maps onto one etcd call, as kube-apiserver's etcd3 storage
/// does: conditional writes are transactions comparing create or mod revision, reads are Range
/// with a revision, watches are etcd watches with prev_kv and progress notifications.
/// <para>
/// etcd owns the revision counter; this class only mirrors the highest revision it has seen
/// (<see cref="CurrentRevision"/>) and the compaction point, and shifts revisions by one
/// (<see cref="EtcdRevisions"/>) so an empty etcd reads as revision 0. Durability is etcd's.
/// </para>
/// </summary>
public sealed partial class EtcdStore : IKeyValueStore
{
    private readonly GrpcChannel _channel;
    private readonly EtcdKeys _keys;
    private long _currentRevision;
    private long _compactedRevision;

    private EtcdStore(GrpcChannel channel, EtcdStoreOptions options)
    {
        _channel = channel;
        _keys = new EtcdKeys(options.KeyPrefix);
    }

    /// <summary>The endpoint this store is connected to.</summary>
    public string Endpoint => _channel.Address;

    public long CurrentRevision => Volatile.Read(ref _currentRevision);

    public long CompactedRevision => Volatile.Read(ref _compactedRevision);

    /// <summary>
    /// Connects to the first endpoint that answers a Range, and reads the current and compacted
    /// revisions so the properties are right before the first call.
    /// </summary>
    public static async Task<EtcdStore> ConnectAsync(EtcdStoreOptions options, CancellationToken cancellationToken)
    {
        options.Validate();
        var failures = new List<Exception>();
        foreach (var endpoint in options.Endpoints)
        {
            var store = new EtcdStore(GrpcChannel.ForAddress(endpoint), options);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            try
            {
                await store.LoadRevisionsAsync(timeout.Token);
                return store;
            }
            catch (Exception e) when (e is RpcException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failures.Add(e);
                await store.DisposeAsync();
            }
        }

        throw new AggregateException($"no etcd endpoint answered ({string.Join(", ", options.Endpoints)})", failures);
    }

    public ValueTask DisposeAsync()
    {
        // Open watches hold their own streams and end when their callers cancel them.
        _channel.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Raises <see cref="CurrentRevision"/> to what etcd reported (headers arrive out of order across calls).</summary>
    private void Observe(ResponseHeader? header)
    {
        if (header is not null)
        {
            RaiseTo(ref _currentRevision, EtcdRevisions.FromEtcd(header.Revision));
        }
    }

    private static void RaiseTo(ref long field, long value)
    {
        var seen = Volatile.Read(ref field);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref field, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    private KeyValue ToKeyValue(Protos.KeyValue kv) =>
        new(_keys.FromEtcd(kv.Key), kv.Value.ToByteArray(), EtcdRevisions.FromEtcd(kv.CreateRevision),
            EtcdRevisions.FromEtcd(kv.ModRevision));
}
