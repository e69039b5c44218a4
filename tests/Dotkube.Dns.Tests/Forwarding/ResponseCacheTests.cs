using System.Net;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;
using Dotkube.Testing;

namespace Dotkube.Dns.Tests.Forwarding;

public sealed class ResponseCacheTests
{
    private static readonly DnsQuestion Question = new("www.example.com.", RecordType.A);
    private readonly ManualTime _time = new();

    private ResponseCache NewCache(int capacity = 10) => new(capacity, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30), _time);

    private static DnsMessage Answer(uint ttl, ResponseCode code = ResponseCode.NoError) => new()
    {
        IsResponse = true,
        ResponseCode = code,
        Questions = [Question],
        Answers = code == ResponseCode.NoError ? [new ResourceRecord(Question.Name, RecordType.A, ttl, new AddressData(IPAddress.Parse("192.0.2.1")))] : [],
    };

    [Fact]
    public void Cached_records_age_with_the_clock_and_expire_at_their_ttl()
    {
        var cache = NewCache();
        cache.Store(Question, Answer(10));

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(6u, cache.Get(Question)!.Answers[0].Ttl);

        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Null(cache.Get(Question));
    }

    [Fact]
    public void Zero_ttl_answers_failures_and_denials_without_SOA_are_not_cached()
    {
        var cache = NewCache();

        cache.Store(Question, Answer(0));
        cache.Store(Question with { Type = RecordType.AAAA }, Answer(60, ResponseCode.ServerFailure));
        cache.Store(Question with { Type = RecordType.MX }, Answer(60, ResponseCode.NameError));

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_full_cache_makes_room_instead_of_growing()
    {
        var cache = NewCache(capacity: 3);

        for (var i = 0; i < 10; i++)
        {
            cache.Store(Question with { Name = $"host{i}.example.com." }, Answer(60));
        }

        Assert.InRange(cache.Count, 1, 3);
        Assert.NotNull(cache.Get(Question with { Name = "host9.example.com." }));
    }
}
