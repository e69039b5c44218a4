using Dotkube.Grpc;
using Dotkube.Storage.Etcd.Protos;
using Google.Protobuf;

namespace Dotkube.Storage.Etcd;

public sealed partial class EtcdStore
{
    public async Task<long> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        // create_revision == 0 means the key does not exist (etcd's own idiom, as kube-apiserver's Create).
        var (succeeded, response) = await WriteTxnAsync(key, Compare.Types.CompareTarget.Create, 0,
            Put(key, value), cancellationToken);
        if (!succeeded)
        {
            throw new StorageException(StorageErrorCode.KeyExists, $"key {key} already exists");
        }

        return EtcdRevisions.FromEtcd(response.Header.Revision);
    }

    public async Task<long> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision,
        CancellationToken cancellationToken = default) =>
        await ConditionalWriteAsync(key, expectedModRevision, Put(key, value), cancellationToken);

    public async Task<long> DeleteAsync(string key, long expectedModRevision, CancellationToken cancellationToken = default) =>
        await ConditionalWriteAsync(key, expectedModRevision,
            new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = _keys.Key(key), PrevKv = true } }, cancellationToken);

    public async Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        if (revision <= CompactedRevision)
        {
            return;
        }

        // physical = false: return once etcd scheduled it, as kube-apiserver's compactor does;
        // etcd refuses reads below the revision from then on anyway.
        var request = new CompactionRequest { Revision = EtcdRevisions.ToEtcd(revision), Physical = false };
        try
        {
            var response = await _channel.UnaryAsync(EtcdMethods.Compact, request, CompactionResponse.Parser, cancellationToken);
            Observe(response.Header);
        }
        catch (RpcException e) when (EtcdErrors.IsCompacted(e))
        {
            // Someone compacted further already: the contract only asks that history is gone.
        }

        RaiseTo(ref _compactedRevision, revision);
    }

    /// <summary>Update or delete: mod_revision must match (or, for 0, the key must exist: create_revision &gt; 0).</summary>
    private async Task<long> ConditionalWriteAsync(string key, long expectedModRevision, RequestOp write, CancellationToken cancellationToken)
    {
        var (succeeded, response) = expectedModRevision == 0
            ? await WriteTxnAsync(key, Compare.Types.CompareTarget.Create, 0, write, cancellationToken, Compare.Types.CompareResult.Greater)
            : await WriteTxnAsync(key, Compare.Types.CompareTarget.Mod, EtcdRevisions.ToEtcd(expectedModRevision), write, cancellationToken);
        if (succeeded)
        {
            return EtcdRevisions.FromEtcd(response.Header.Revision);
        }

        // The failure branch read the key in the same transaction, so this is the value that won.
        var current = response.Responses[0].ResponseRange.Kvs;
        if (current.Count == 0)
        {
            throw new StorageException(StorageErrorCode.KeyNotFound, $"key {key} not found");
        }

        var stored = ToKeyValue(current[0]);
        throw new StorageException(StorageErrorCode.Conflict,
            $"key {key} is at revision {stored.ModRevision}, not {expectedModRevision}", stored);
    }

    /// <summary>One etcd transaction: if the key's target compares to the revision, write; else read the key.</summary>
    private async Task<(bool Succeeded, TxnResponse Response)> WriteTxnAsync(string key, Compare.Types.CompareTarget target,
        long etcdRevision, RequestOp write, CancellationToken cancellationToken,
        Compare.Types.CompareResult result = Compare.Types.CompareResult.Equal)
    {
        var compare = new Compare { Key = _keys.Key(key), Target = target, Result = result };
        if (target == Compare.Types.CompareTarget.Create)
        {
            compare.CreateRevision = etcdRevision;
        }
        else
        {
            compare.ModRevision = etcdRevision;
        }

        var request = new TxnRequest
        {
            Compare = { compare },
            Success = { write },
            Failure = { new RequestOp { RequestRange = new RangeRequest { Key = _keys.Key(key) } } },
        };
        var response = await _channel.UnaryAsync(EtcdMethods.Txn, request, TxnResponse.Parser, cancellationToken);
        Observe(response.Header);
        return (response.Succeeded, response);
    }

    private RequestOp Put(string key, ReadOnlyMemory<byte> value) =>
        new() { RequestPut = new PutRequest { Key = _keys.Key(key), Value = ByteString.CopyFrom(value.Span) } };
}
