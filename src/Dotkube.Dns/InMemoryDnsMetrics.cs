using System.Collections.Concurrent;

namespace Dotkube.Dns;

/// <summary>Keeps the DNS metrics in memory, for tests and hosts without a Prometheus registry.</summary>
public sealed class InMemoryDnsMetrics : IDnsMetrics
{
    private readonly ConcurrentDictionary<(string Proto, string Type, string Zone), long> _requests = new();
    private readonly ConcurrentDictionary<string, long> _responses = new(StringComparer.Ordinal);
    private long _hits;
    private long _misses;

    public long Requests(string proto, string type, string zone) => _requests.GetValueOrDefault((proto, type, zone));

    public long Responses(string rcode) => _responses.GetValueOrDefault(rcode);

    public long CacheHits => Interlocked.Read(ref _hits);

    public long CacheMisses => Interlocked.Read(ref _misses);

    public void Served(string proto, string type, string zone, string rcode, TimeSpan duration)
    {
        _requests.AddOrUpdate((proto, type, zone), 1, (_, n) => n + 1);
        _responses.AddOrUpdate(rcode, 1, (_, n) => n + 1);
    }

    public void CacheHit() => Interlocked.Increment(ref _hits);

    public void CacheMiss() => Interlocked.Increment(ref _misses);
}
