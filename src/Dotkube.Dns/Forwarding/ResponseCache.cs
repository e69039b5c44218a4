using System.Collections.Concurrent;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Forwarding;

/// <summary>
/// Upstream answers by question, each kept for its smallest TTL (capped, as CoreDNS's cache
/// plugin caps successes at an hour), denials for the SOA's negative TTL (RFC 2308 §5, capped
/// at 30 minutes); answers with a zero TTL, server failures and denials without SOA are not kept.
/// A hit returns the records with their TTLs lowered by the time spent in the cache. When full,
/// expired entries go first, then arbitrary ones: a small cache, not an LRU.
/// </summary>
internal sealed class ResponseCache(int capacity, TimeSpan maxTtl, TimeSpan maxNegativeTtl, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Name, RecordType Type, ushort Class), Entry> _entries = new();

    public int Count => _entries.Count;

    public DnsMessage? Get(DnsQuestion question)
    {
        if (!_entries.TryGetValue(Key(question), out var entry))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now >= entry.Expires)
        {
            _entries.TryRemove(new KeyValuePair<(string, RecordType, ushort), Entry>(Key(question), entry));
            return null;
        }

        var age = (uint)(now - entry.Stored).TotalSeconds;
        var m = entry.Response;
        return new DnsMessage
        {
            IsResponse = true,
            RecursionAvailable = m.RecursionAvailable,
            ResponseCode = m.ResponseCode,
            Questions = [question],
            Answers = Aged(m.Answers, age),
            Authorities = Aged(m.Authorities, age),
            Additionals = Aged(m.Additionals, age),
        };
    }

    public void Store(DnsQuestion question, DnsMessage response)
    {
        if (capacity == 0 || response.Truncated || TimeToLive(response) is not { } ttl || ttl <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            MakeRoom();
        }

        var now = time.GetUtcNow();
        _entries[Key(question)] = new Entry(response, now, now + ttl);
    }

    private TimeSpan? TimeToLive(DnsMessage m)
    {
        var denial = m.ResponseCode == ResponseCode.NameError || (m.ResponseCode == ResponseCode.NoError && m.Answers.Count == 0);
        if (denial)
        {
            var soa = m.Authorities.FirstOrDefault(r => r.Data is SoaData);
            return soa is null ? null : Min(TimeSpan.FromSeconds(Math.Min(soa.Ttl, ((SoaData)soa.Data).Minimum)), maxNegativeTtl);
        }

        if (m.ResponseCode != ResponseCode.NoError)
        {
            return null;
        }

        var records = m.Answers.Concat(m.Authorities).Concat(m.Additionals);
        return Min(TimeSpan.FromSeconds(records.Min(r => r.Ttl)), maxTtl);
    }

    private void MakeRoom()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        using var victims = _entries.Keys.GetEnumerator();
        while (_entries.Count >= capacity && victims.MoveNext())
        {
            _entries.TryRemove(victims.Current, out _);
        }
    }

    private static List<ResourceRecord> Aged(List<ResourceRecord> records, uint age) =>
        [.. records.Select(r => r.WithTtl(r.Ttl > age ? r.Ttl - age : 0))];

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static (string, RecordType, ushort) Key(DnsQuestion q) => (q.Name.ToLowerInvariant(), q.Type, q.Class);

    private sealed record Entry(DnsMessage Response, DateTimeOffset Stored, DateTimeOffset Expires);
}
