using Dotkube.Grpc;
using Dotkube.Storage.Etcd.Protos;

namespace Dotkube.Storage.Etcd;

public sealed partial class EtcdStore
{
    public async Task<KeyValue?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var response = await RangeCallAsync(new RangeRequest { Key = _keys.Key(key) }, 0, cancellationToken);
        return response.Kvs.Count == 0 ? null : ToKeyValue(response.Kvs[0]);
    }

    public async Task<RangeResult> RangeAsync(string prefix, long atRevision = 0, int limit = 0, string? continueAfterKey = null,
        CancellationToken cancellationToken = default)
    {
        var request = new RangeRequest
        {
            // Continuing starts just after the last key of the previous page.
            Key = continueAfterKey is null ? _keys.Key(prefix) : _keys.After(continueAfterKey),
            RangeEnd = _keys.PrefixEnd(prefix),
            Limit = limit,
            Revision = atRevision > 0 ? EtcdRevisions.ToEtcd(atRevision) : 0,
        };
        var response = await RangeCallAsync(request, atRevision, cancellationToken);
        var items = response.Kvs.Select(ToKeyValue).ToList();
        // etcd's count is every key in [key, range_end) at that revision, whatever the limit.
        var remaining = Math.Max(0, response.Count - items.Count);
        var revision = atRevision > 0 ? atRevision : EtcdRevisions.FromEtcd(response.Header.Revision);
        return new RangeResult(items, revision, response.More, remaining);
    }

    private async Task<RangeResponse> RangeCallAsync(RangeRequest request, long atRevision, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _channel.UnaryAsync(EtcdMethods.Range, request, RangeResponse.Parser, cancellationToken);
            Observe(response.Header);
            return response;
        }
        catch (RpcException e) when (EtcdErrors.IsCompacted(e))
        {
            // Another client (or a restart of ours) may have compacted further than we knew.
            RaiseTo(ref _compactedRevision, atRevision);
            throw EtcdErrors.Compacted(atRevision, CompactedRevision);
        }
        catch (RpcException e) when (EtcdErrors.IsFutureRevision(e))
        {
            // As the SQLite driver: asking for a revision that does not exist yet is a caller bug.
            throw new ArgumentOutOfRangeException(nameof(atRevision), atRevision, e.Detail);
        }
    }

    /// <summary>
    /// Reads the current revision and finds the compacted one. etcd does not report its
    /// compaction point directly, but a Range at revision r fails with ErrCompacted exactly when
    /// r is below it, so a binary search over [1, current] finds it in about log2(current)
    /// cheap count-only Ranges (one when nothing was compacted).
    /// </summary>
    private async Task LoadRevisionsAsync(CancellationToken cancellationToken)
    {
        // Any one key will do (etcd rejects an empty one): only the revision checks matter.
        var probe = new RangeRequest { Key = _keys.Key("/"), CountOnly = true };
        var now = await _channel.UnaryAsync(EtcdMethods.Range, probe, RangeResponse.Parser, cancellationToken);
        Observe(now.Header);
        long low = 1, high = now.Header.Revision; // the lowest readable etcd revision is in [low, high]
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (await IsReadableAsync(probe, middle, cancellationToken))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        // etcd keeps its compaction revision itself readable; everything below it is gone.
        RaiseTo(ref _compactedRevision, low > 1 ? EtcdRevisions.FromEtcd(low) : 0);
    }

    private async Task<bool> IsReadableAsync(RangeRequest probe, long etcdRevision, CancellationToken cancellationToken)
    {
        var request = probe.Clone();
        request.Revision = etcdRevision;
        try
        {
            await _channel.UnaryAsync(EtcdMethods.Range, request, RangeResponse.Parser, cancellationToken);
            return true;
        }
        catch (RpcException e) when (EtcdErrors.IsCompacted(e))
        {
            return false;
        }
    }
}
