using System.Runtime.CompilerServices;
using Dotkube.Grpc;
using Dotkube.Storage.Etcd.Protos;

namespace Dotkube.Storage.Etcd;

public sealed partial class EtcdStore
{
    /// <summary>
    /// One etcd watch stream per call. etcd itself guarantees what the contract asks: events from
    /// start_revision on, once each, in order, with no gap between history and live events.
    /// </summary>
    public async IAsyncEnumerable<StorageEvent> WatchAsync(string prefix, long fromRevision,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var call = _channel.StartDuplex(EtcdMethods.Watch, WatchResponse.Parser, cancellationToken);
        call.Write(new WatchRequest
        {
            CreateRequest = new WatchCreateRequest
            {
                Key = _keys.Key(prefix),
                RangeEnd = _keys.PrefixEnd(prefix),
                // The contract's fromRevision is exclusive and etcd's start_revision inclusive, yet
                // we start one revision early and drop events at fromRevision below: etcd refuses
                // a start below its compaction point, and only this start makes that refusal
                // coincide with the contract's (history at or below CompactedRevision is gone).
                StartRevision = EtcdRevisions.ToEtcd(fromRevision),
                PrevKv = true,
                // Keeps an idle stream's header revision moving, and the connection provably alive.
                ProgressNotify = true,
            },
        });
        while (true)
        {
            var response = await ReadWatchAsync(call, fromRevision, cancellationToken);
            foreach (var change in response.Events)
            {
                var storageEvent = ToStorageEvent(change);
                if (storageEvent.Revision > fromRevision)
                {
                    yield return storageEvent;
                }
            }
        }
    }

    private async Task<WatchResponse> ReadWatchAsync(DuplexStreamingCall<WatchResponse> call, long fromRevision,
        CancellationToken cancellationToken)
    {
        var response = await call.ReadAsync(cancellationToken)
            ?? throw new RpcException(StatusCode.Unavailable, "etcd ended the watch stream");
        if (response.CompactRevision > 0)
        {
            // The watch needed history below etcd's compaction point; etcd cancels it.
            RaiseTo(ref _compactedRevision, EtcdRevisions.FromEtcd(response.CompactRevision));
            throw EtcdErrors.Compacted(fromRevision, CompactedRevision);
        }

        if (response.Canceled)
        {
            throw new RpcException(StatusCode.Cancelled, $"etcd cancelled the watch: {response.CancelReason}");
        }

        return response;
    }

    private StorageEvent ToStorageEvent(Event change)
    {
        var previous = change.PrevKv is null ? null : ToKeyValue(change.PrevKv);
        if (change.Type == Event.Types.EventType.Delete)
        {
            // etcd's delete event carries the key with the deletion's revision; the contract wants an empty value and no create revision.
            var deleted = new KeyValue(_keys.FromEtcd(change.Kv.Key), [], 0, EtcdRevisions.FromEtcd(change.Kv.ModRevision));
            return new StorageEvent(StorageEventType.Delete, deleted, previous);
        }

        return new StorageEvent(StorageEventType.Put, ToKeyValue(change.Kv), previous);
    }
}
