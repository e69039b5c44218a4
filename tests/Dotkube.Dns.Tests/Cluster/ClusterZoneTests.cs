using Dotkube.Dns.Cluster;
using Dotkube.Dns.Protocol;
using static Dotkube.Dns.Tests.Cluster.ZoneBuilder;

namespace Dotkube.Dns.Tests.Cluster;

/// <summary>The cluster zone's answers, after the Kubernetes DNS specification and CoreDNS's kubernetes plugin.</summary>
public sealed class ClusterZoneTests
{
    private readonly ClusterZone _zone = new ZoneBuilder()
        .Namespace("default").Namespace("empty")
        .ClusterIP("default", "web", "10.43.0.20", Port("http", 80), Port("dns", 53, "UDP"), Port(null, 8080))
        .Headless("default", "db")
        .Slice("default", "db", [Ready("10.42.0.5"), NotReady("10.42.0.6"), Ready("10.42.0.7", "db-0")], SlicePort("pg", 5432))
        .Slice("default", "db", [Ready("10.42.0.8", "db-1")], SlicePort("pg", 5432))
        .Headless("default", "lonely")
        .Headless("default", "warmup", publishNotReady: true)
        .Slice("default", "warmup", [NotReady("10.42.0.9")])
        .ExternalName("default", "search", "www.Example.com")
        .ExternalName("default", "alias", "web.default.svc.cluster.local")
        .Build();

    private (ResponseCode Code, string[] Answers) Ask(string name, RecordType type)
    {
        var answer = _zone.Answer(new DnsQuestion(name, type));
        Assert.NotNull(answer);
        return (answer.Code, [.. answer.Answers.Select(r => $"{r.Name} {r.Ttl} {r.Type} {r.Data}")]);
    }

    [Fact]
    public void A_cluster_IP_service_answers_with_its_cluster_IP()
    {
        var (code, answers) = Ask("web.default.svc.cluster.local.", RecordType.A);

        Assert.Equal(ResponseCode.NoError, code);
        Assert.Equal(["web.default.svc.cluster.local. 5 A 10.43.0.20"], answers);
    }

    [Fact]
    public void Names_match_case_insensitively_and_echo_the_question_case()
    {
        var (_, answers) = Ask("Web.DEFAULT.svc.Cluster.Local.", RecordType.A);

        Assert.Equal(["Web.DEFAULT.svc.Cluster.Local. 5 A 10.43.0.20"], answers);
    }

    [Fact]
    public void A_headless_service_answers_with_every_ready_endpoint()
    {
        var (code, answers) = Ask("db.default.svc.cluster.local.", RecordType.A);

        Assert.Equal(ResponseCode.NoError, code);
        Assert.Equal(["10.42.0.5", "10.42.0.7", "10.42.0.8"], answers.Select(a => a.Split(' ')[^1]).Order());
    }

    [Fact]
    public void A_headless_service_publishing_not_ready_addresses_answers_with_them()
    {
        Assert.Equal(["warmup.default.svc.cluster.local. 5 A 10.42.0.9"], Ask("warmup.default.svc.cluster.local.", RecordType.A).Answers);
    }

    [Fact]
    public void An_endpoint_hostname_resolves_under_its_service_as_a_stateful_set_pod()
    {
        Assert.Equal(["db-0.db.default.svc.cluster.local. 5 A 10.42.0.7"], Ask("db-0.db.default.svc.cluster.local.", RecordType.A).Answers);
        Assert.Equal(["10-42-0-5.db.default.svc.cluster.local. 5 A 10.42.0.5"], Ask("10-42-0-5.db.default.svc.cluster.local.", RecordType.A).Answers);
    }

    [Fact]
    public void SRV_of_a_named_cluster_IP_port_targets_the_service_name_with_its_address_as_additional()
    {
        var answer = _zone.Answer(new DnsQuestion("_http._tcp.web.default.svc.cluster.local.", RecordType.SRV))!;

        Assert.Equal(["_http._tcp.web.default.svc.cluster.local. 5 SRV 0 100 80 web.default.svc.cluster.local."],
            answer.Answers.Select(r => $"{r.Name} {r.Ttl} {r.Type} {r.Data}"));
        Assert.Equal(["web.default.svc.cluster.local. 5 A 10.43.0.20"], answer.Additionals.Select(r => $"{r.Name} {r.Ttl} {r.Type} {r.Data}"));
        Assert.Equal(["_dns._udp.web.default.svc.cluster.local. 5 SRV 0 100 53 web.default.svc.cluster.local."],
            Ask("_dns._udp.web.default.svc.cluster.local.", RecordType.SRV).Answers);
    }

    [Fact]
    public void SRV_of_a_headless_port_lists_one_target_per_ready_endpoint()
    {
        var answer = _zone.Answer(new DnsQuestion("_pg._tcp.db.default.svc.cluster.local.", RecordType.SRV))!;

        Assert.Equal(
            ["0 33 5432 10-42-0-5.db.default.svc.cluster.local.", "0 33 5432 db-0.db.default.svc.cluster.local.", "0 33 5432 db-1.db.default.svc.cluster.local."],
            answer.Answers.Select(r => r.Data.ToString()).Order());
        Assert.Equal(["10-42-0-5.db.default.svc.cluster.local. A 10.42.0.5", "db-0.db.default.svc.cluster.local. A 10.42.0.7", "db-1.db.default.svc.cluster.local. A 10.42.0.8"],
            answer.Additionals.Select(r => $"{r.Name} {r.Type} {r.Data}").Order());
    }

    [Fact]
    public void SRV_of_the_service_name_lists_every_port()
    {
        Assert.Equal(3, Ask("web.default.svc.cluster.local.", RecordType.SRV).Answers.Length);
    }

    [Fact]
    public void An_external_name_service_answers_with_a_CNAME()
    {
        Assert.Equal(["search.default.svc.cluster.local. 5 CNAME www.example.com."], Ask("search.default.svc.cluster.local.", RecordType.A).Answers);
        Assert.Equal(["search.default.svc.cluster.local. 5 CNAME www.example.com."], Ask("search.default.svc.cluster.local.", RecordType.CNAME).Answers);
    }

    [Fact]
    public void A_CNAME_into_the_zone_is_followed_to_the_address()
    {
        Assert.Equal(["alias.default.svc.cluster.local. 5 CNAME web.default.svc.cluster.local.", "web.default.svc.cluster.local. 5 A 10.43.0.20"],
            Ask("alias.default.svc.cluster.local.", RecordType.A).Answers);
    }

    [Fact]
    public void A_pod_name_answers_with_the_address_it_spells()
    {
        Assert.Equal(["10-42-0-77.default.pod.cluster.local. 5 A 10.42.0.77"], Ask("10-42-0-77.default.pod.cluster.local.", RecordType.A).Answers);
    }

    [Fact]
    public void A_cluster_IP_and_a_headless_endpoint_answer_PTR_queries()
    {
        Assert.Equal(["20.0.43.10.in-addr.arpa. 5 PTR web.default.svc.cluster.local."], Ask("20.0.43.10.in-addr.arpa.", RecordType.PTR).Answers);
        Assert.Equal(["7.0.42.10.in-addr.arpa. 5 PTR db-0.db.default.svc.cluster.local."], Ask("7.0.42.10.in-addr.arpa.", RecordType.PTR).Answers);
        Assert.Equal(["5.0.42.10.in-addr.arpa. 5 PTR 10-42-0-5.db.default.svc.cluster.local."], Ask("5.0.42.10.in-addr.arpa.", RecordType.PTR).Answers);
    }

    [Fact]
    public void Unknown_addresses_and_names_outside_the_zone_are_left_to_the_upstreams()
    {
        Assert.Null(_zone.Answer(new DnsQuestion("1.1.168.192.in-addr.arpa.", RecordType.PTR)));
        Assert.Null(_zone.Answer(new DnsQuestion("6.0.42.10.in-addr.arpa.", RecordType.PTR)));
        Assert.Null(_zone.Answer(new DnsQuestion("example.com.", RecordType.A)));
        Assert.Null(_zone.Answer(new DnsQuestion("cluster.local.example.com.", RecordType.A)));
    }

    [Fact]
    public void The_dns_version_record_carries_the_schema_version()
    {
        Assert.Equal(["dns-version.cluster.local. 28800 TXT \"1.1.0\""], Ask("dns-version.cluster.local.", RecordType.TXT).Answers);
    }

    [Fact]
    public void The_apex_answers_SOA_and_NS()
    {
        Assert.Equal(["cluster.local. 5 SOA ns.dns.cluster.local. hostmaster.cluster.local. 42 7200 1800 86400 5"], Ask("cluster.local.", RecordType.SOA).Answers);
        Assert.Equal(["cluster.local. 5 NS ns.dns.cluster.local."], Ask("cluster.local.", RecordType.NS).Answers);
    }

    /// <summary>Which names exist without data (NODATA) and which do not exist (NXDOMAIN), as CoreDNS answers them.</summary>
    public static TheoryData<string, string, RecordType, ResponseCode> Denials => new()
    {
        { "AAAA of an IPv4-only service is NODATA", "web.default.svc.cluster.local.", RecordType.AAAA, ResponseCode.NoError },
        { "TXT of a service is NODATA", "web.default.svc.cluster.local.", RecordType.TXT, ResponseCode.NoError },
        { "AAAA of an IPv4 pod is NODATA", "10-42-0-77.default.pod.cluster.local.", RecordType.AAAA, ResponseCode.NoError },
        { "SRV of an external name is NODATA", "search.default.svc.cluster.local.", RecordType.SRV, ResponseCode.NoError },
        { "an existing namespace is NODATA", "empty.svc.cluster.local.", RecordType.A, ResponseCode.NoError },
        { "the svc label alone is NODATA", "svc.cluster.local.", RecordType.A, ResponseCode.NoError },
        { "the apex has no A record", "cluster.local.", RecordType.A, ResponseCode.NoError },
        { "a missing service is NXDOMAIN", "nope.default.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a missing namespace is NXDOMAIN", "web.nope.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a namespace that does not exist is NXDOMAIN", "nope.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a headless service without ready endpoints is NXDOMAIN", "lonely.default.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a not ready endpoint has no name", "10-42-0-6.db.default.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "an unnamed port has no SRV name", "_8080._tcp.web.default.svc.cluster.local.", RecordType.SRV, ResponseCode.NameError },
        { "a port under the wrong protocol is NXDOMAIN", "_http._udp.web.default.svc.cluster.local.", RecordType.SRV, ResponseCode.NameError },
        { "a search-path expansion is NXDOMAIN", "web.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a name too long for the schema is NXDOMAIN", "a.b._http._tcp.web.default.svc.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "a pod label that is no address is NXDOMAIN", "not-an-ip.default.pod.cluster.local.", RecordType.A, ResponseCode.NameError },
        { "dns-version only has TXT", "dns-version.cluster.local.", RecordType.A, ResponseCode.NameError },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void Denials_follow_CoreDNS(string because, string name, RecordType type, ResponseCode expected)
    {
        var answer = _zone.Answer(new DnsQuestion(name, type))!;

        Assert.True(expected == answer.Code, because);
        Assert.Empty(answer.Answers);
        Assert.Equal(RecordType.SOA, Assert.Single(answer.Authorities).Type);
    }

    [Theory]
    [InlineData("10-42-0-7", "10.42.0.7")]
    [InlineData("fd00--1", "fd00::1")]
    [InlineData("1-2-3", null)]
    [InlineData("256-1-1-1", null)]
    [InlineData("0x1-1-1-1", null)]
    public void Dashed_pod_labels_parse_as_addresses(string label, string? expected)
    {
        Assert.Equal(expected, ClusterZone.DashedAddress(label)?.ToString());
    }
}
