using System.Net;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;
using Dotkube.Dns.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Dns.Tests.Forwarding;

/// <summary>The forwarder against stand-in upstream resolvers on 127.0.0.1.</summary>
public sealed class ForwarderTests
{
    private static readonly DnsQuestion Question = new("www.example.com.", RecordType.A);
    private readonly InMemoryDnsMetrics _metrics = new();

    /// <summary>Silent upstreams cost the whole timeout, so tests with one use a short one; the others a generous one for busy machines.</summary>
    private Forwarder NewForwarder(params IPEndPoint[] upstreams) => NewForwarder(TimeSpan.FromSeconds(5), upstreams);

    private Forwarder NewForwarder(TimeSpan timeout, params IPEndPoint[] upstreams) => new(upstreams,
        new ResponseCache(100, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30), TimeProvider.System),
        timeout, TimeProvider.System, _metrics, NullLogger.Instance);

    private static ResourceRecord A(string name, string ip, uint ttl = 60) => new(name, RecordType.A, ttl, new AddressData(IPAddress.Parse(ip)));

    [Fact]
    public async Task An_upstream_answer_is_relayed_and_then_served_from_the_cache()
    {
        await using var upstream = new FakeUpstream(q => FakeUpstream.Reply(ResponseCode.NoError, A(q.Name, "93.184.216.34")));
        var forwarder = NewForwarder(upstream.EndPoint);

        var first = await forwarder.ResolveAsync(Question, CancellationToken.None);
        var second = await forwarder.ResolveAsync(Question with { Name = "WWW.example.com." }, CancellationToken.None);

        Assert.Equal("93.184.216.34", ((AddressData)Assert.Single(first!.Answers).Data).Address.ToString());
        Assert.Equal(first.Answers[0].Data, Assert.Single(second!.Answers).Data);
        Assert.Equal(1, upstream.UdpQueries);
        Assert.Equal((1, 1), (_metrics.CacheHits, _metrics.CacheMisses));
    }

    [Fact]
    public async Task A_truncated_UDP_answer_is_asked_again_over_TCP()
    {
        await using var upstream = new FakeUpstream(q => FakeUpstream.Reply(ResponseCode.NoError,
            [.. Enumerable.Range(1, 60).Select(i => A(q.Name, $"192.0.2.{i}"))])) { UdpLimit = 512 };

        var answer = await NewForwarder(upstream.EndPoint).ResolveAsync(Question, CancellationToken.None);

        Assert.Equal(60, answer!.Answers.Count);
        Assert.False(answer.Truncated);
        Assert.Equal((1, 1), (upstream.UdpQueries, upstream.TcpQueries));
    }

    [Fact]
    public async Task A_silent_upstream_is_passed_over_for_the_next()
    {
        await using var silent = new FakeUpstream(_ => null);
        await using var working = new FakeUpstream(q => FakeUpstream.Reply(ResponseCode.NoError, A(q.Name, "192.0.2.1")));

        var answer = await NewForwarder(TimeSpan.FromSeconds(1), silent.EndPoint, working.EndPoint).ResolveAsync(Question, CancellationToken.None);

        Assert.Single(answer!.Answers);
        Assert.Equal(1, silent.UdpQueries);
    }

    [Fact]
    public async Task No_answer_from_any_upstream_is_null_for_SERVFAIL()
    {
        await using var silent = new FakeUpstream(_ => null);

        Assert.Null(await NewForwarder(TimeSpan.FromMilliseconds(300), silent.EndPoint).ResolveAsync(Question, CancellationToken.None));
    }

    [Fact]
    public async Task An_upstream_NXDOMAIN_is_relayed_and_cached()
    {
        await using var upstream = new FakeUpstream(q =>
        {
            var reply = FakeUpstream.Reply(ResponseCode.NameError);
            reply.Authorities.Add(new ResourceRecord("example.com.", RecordType.SOA, 60, new SoaData("ns.example.com.", "h.example.com.", 1, 2, 3, 4, 30)));
            return reply;
        });
        var forwarder = NewForwarder(upstream.EndPoint);

        var first = await forwarder.ResolveAsync(Question, CancellationToken.None);
        var second = await forwarder.ResolveAsync(Question, CancellationToken.None);

        Assert.Equal(ResponseCode.NameError, first!.ResponseCode);
        Assert.Equal(ResponseCode.NameError, second!.ResponseCode);
        Assert.Equal(1, upstream.UdpQueries);
    }

    [Fact]
    public void Loopback_nameservers_in_resolv_conf_are_skipped()
    {
        var servers = ResolvConf.Nameservers("""
            # generated
            nameserver 127.0.0.53
            nameserver ::1
            nameserver 10.0.0.2 # the router
            search example.com
            nameserver fd00::53
            """);

        Assert.Equal(["10.0.0.2:53", "[fd00::53]:53"], servers.Select(s => s.ToString()));
    }
}
