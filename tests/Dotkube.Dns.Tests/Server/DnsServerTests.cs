using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;
using Dotkube.Dns.Tests.Support;

namespace Dotkube.Dns.Tests.Server;

/// <summary>The whole server over real sockets, against a real API server, queried by our client and by dig.</summary>
public sealed class DnsServerTests(DnsClusterFixture cluster) : IClassFixture<DnsClusterFixture>
{
    private string Ns => cluster.Namespace;

    private int Port => cluster.Server.Port;

    private static DnsMessage Query(string name, RecordType type, Edns? edns = null) => new()
    {
        Id = (ushort)Random.Shared.Next(ushort.MaxValue),
        RecursionDesired = true,
        Questions = [new DnsQuestion(name, type)],
        Edns = edns,
    };

    private static string[] Addresses(DnsMessage m) =>
        [.. m.Answers.Where(r => r.Data is AddressData).Select(r => ((AddressData)r.Data).Address.ToString()).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_service_name_resolves_over_UDP_and_TCP_with_our_client()
    {
        var name = $"web.{Ns}.svc.cluster.local.";

        var udp = await DnsClient.QueryUdpAsync(cluster.EndPoint, Query(name, RecordType.A), CancellationToken.None);
        var tcp = await DnsClient.QueryTcpAsync(cluster.EndPoint, Query(name, RecordType.A), CancellationToken.None);

        Assert.Equal([cluster.WebClusterIP], Addresses(udp));
        Assert.Equal([cluster.WebClusterIP], Addresses(tcp));
        Assert.True(udp.Authoritative);
        Assert.Equal(5u, udp.Answers[0].Ttl);
        Assert.True(cluster.Metrics.Requests("udp", "A", "cluster.local.") > 0);
        Assert.True(cluster.Metrics.Requests("tcp", "A", "cluster.local.") > 0);
    }

    [Fact]
    public async Task Dig_resolves_services_headless_endpoints_SRV_and_PTR()
    {
        Assert.Equal([cluster.WebClusterIP], await Dig.ShortAsync(Port, $"web.{Ns}.svc.cluster.local"));
        Assert.Equal([cluster.WebClusterIP], await Dig.ShortAsync(Port, "+tcp", $"web.{Ns}.svc.cluster.local"));
        Assert.Equal(["10.42.7.1", "10.42.7.2"], await Dig.ShortAsync(Port, $"db.{Ns}.svc.cluster.local"));
        Assert.Equal(["10.42.7.2"], await Dig.ShortAsync(Port, $"db-1.db.{Ns}.svc.cluster.local"));
        Assert.Equal([$"0 50 5432 db-0.db.{Ns}.svc.cluster.local.", $"0 50 5432 db-1.db.{Ns}.svc.cluster.local."],
            await Dig.ShortAsync(Port, "SRV", $"_pg._tcp.db.{Ns}.svc.cluster.local"));
        Assert.Equal([$"web.{Ns}.svc.cluster.local."], await Dig.ShortAsync(Port, "-x", cluster.WebClusterIP));
        Assert.Equal([$"db-0.db.{Ns}.svc.cluster.local."], await Dig.ShortAsync(Port, "-x", "10.42.7.1"));
        Assert.Equal(["\"1.1.0\""], await Dig.ShortAsync(Port, "TXT", "dns-version.cluster.local"));
    }

    [Fact]
    public async Task Dig_sees_NXDOMAIN_and_NODATA_with_the_zone_SOA()
    {
        var missing = await Dig.RunAsync(Port, $"nope.{Ns}.svc.cluster.local");
        var noData = await Dig.RunAsync(Port, "AAAA", $"web.{Ns}.svc.cluster.local");

        Assert.Contains("status: NXDOMAIN", missing, StringComparison.Ordinal);
        Assert.Contains("status: NOERROR", noData, StringComparison.Ordinal);
        Assert.Contains("ANSWER: 0, AUTHORITY: 1", noData, StringComparison.Ordinal);
        Assert.Contains("ns.dns.cluster.local. hostmaster.cluster.local.", noData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_outside_the_zone_and_external_name_targets_are_forwarded_upstream()
    {
        Assert.Equal(["93.184.216.34"], await Dig.ShortAsync(Port, "example.com"));
        Assert.Equal(["93.184.216.34", "example.com."], await Dig.ShortAsync(Port, $"ext.{Ns}.svc.cluster.local"));
        Assert.Contains("status: NXDOMAIN", await Dig.RunAsync(Port, "unknown.example.org"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_UDP_answer_is_truncated_and_dig_retries_over_TCP()
    {
        var name = $"big.{Ns}.svc.cluster.local";

        var udp = await DnsClient.QueryUdpAsync(cluster.EndPoint, Query(name + ".", RecordType.A), CancellationToken.None);
        var dig = await Dig.RunAsync(Port, "+noedns", name);

        Assert.True(udp.Truncated);
        Assert.InRange(udp.Answers.Count, 1, 59);
        Assert.Contains("Truncated, retrying in TCP mode", dig, StringComparison.Ordinal);
        Assert.Contains("ANSWER: 60,", dig, StringComparison.Ordinal);
        var large = await DnsClient.QueryUdpAsync(cluster.EndPoint, Query(name + ".", RecordType.A, new Edns(4096)), CancellationToken.None);
        Assert.False(large.Truncated);
        Assert.Equal(60, large.Answers.Count);
    }

    [Fact]
    public async Task A_service_created_later_is_answered_once_the_informer_sees_it()
    {
        var name = $"late.{Ns}.svc.cluster.local.";
        var late = await cluster.Client.CreateAsync(new Service
        {
            Metadata = new ObjectMeta { Name = "late", Namespace = Ns },
            Spec = new ServiceSpec { Ports = [new ServicePort { Port = 80 }] },
        });

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        DnsMessage answer;
        do
        {
            answer = await DnsClient.QueryUdpAsync(cluster.EndPoint, Query(name, RecordType.A), deadline.Token);
            if (answer.Answers.Count == 0)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
        while (answer.Answers.Count == 0);

        Assert.Equal([late.Spec.ClusterIP!], Addresses(answer));
    }

    [Fact]
    public async Task Malformed_packets_get_FORMERR_or_are_dropped_and_the_server_keeps_answering()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        await socket.ConnectAsync(cluster.EndPoint);
        // Too short for a header: dropped. A header promising a question that is not there: FORMERR.
        await socket.SendAsync(new byte[] { 1, 2, 3 }, SocketFlags.None);
        await socket.SendAsync(new byte[] { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 0x0C }, SocketFlags.None);
        var buffer = new byte[512];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var length = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        var reply = DnsMessageReader.Read(buffer.AsSpan(0, length));

        Assert.Equal(0x1234, reply.Id);
        Assert.Equal(ResponseCode.FormatError, reply.ResponseCode);
        var answer = await DnsClient.QueryTcpAsync(cluster.EndPoint, Query($"web.{Ns}.svc.cluster.local.", RecordType.A), CancellationToken.None);
        Assert.Equal([cluster.WebClusterIP], Addresses(answer));
    }

    [Fact]
    public async Task A_query_with_an_unknown_EDNS_version_gets_BADVERS()
    {
        var reply = await DnsClient.QueryUdpAsync(cluster.EndPoint, Query("example.com.", RecordType.A, new Edns(1232, Version: 1)), CancellationToken.None);

        Assert.Equal(ResponseCode.BadVersion, reply.ResponseCode);
    }
}
