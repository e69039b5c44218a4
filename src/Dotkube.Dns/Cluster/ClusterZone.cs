using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Cluster;

/// <summary>
/// The authoritative data for the cluster domain, computed from the informer caches at query
/// time after the Kubernetes DNS-Based Service Discovery specification (schema 1.1.0) and the
/// way CoreDNS's kubernetes plugin answers (pods insecure; PTR for cluster IPs and endpoint
/// addresses with fallthrough). Names are matched case-insensitively. An existing name without
/// data of the asked type is NODATA (NOERROR, empty answer, the zone's SOA as authority); a
/// name that cannot exist is NXDOMAIN with the same SOA.
/// </summary>
internal sealed partial class ClusterZone
{
    /// <summary>The schema version the specification says dns-version.&lt;zone&gt; returns.</summary>
    public const string SchemaVersion = "1.1.0";

    /// <summary>TTL of the dns-version record, as the specification's example and CoreDNS.</summary>
    public const uint SchemaVersionTtl = 28800;

    private readonly ClusterView _view;
    private readonly uint _ttl;
    private readonly Func<uint> _serial;
    private readonly string _nameServer;

    /// <param name="zone">The cluster domain, absolute and lower case ("cluster.local.").</param>
    /// <param name="serial">The SOA serial: CoreDNS uses the time of the last change it saw.</param>
    public ClusterZone(ClusterView view, string zone, TimeSpan ttl, Func<uint> serial)
    {
        _view = view;
        Zone = zone;
        _ttl = (uint)ttl.TotalSeconds;
        _serial = serial;
        _nameServer = "ns.dns." + zone;
    }

    public string Zone { get; }

    /// <summary>The answer for a question, or null when the name is not ours to answer (forward it).</summary>
    public ZoneAnswer? Answer(DnsQuestion question)
    {
        if (question.Class is not (DnsClass.IN or DnsClass.Any))
        {
            return null;
        }

        if (DnsName.IsInZone(question.Name, Zone))
        {
            return WithSoa(AnswerInZone(question.Name, question.Type));
        }

        return ReverseName.TryParse(question.Name, out var ip) ? AnswerReverse(question.Name, ip, question.Type) : null;
    }

    /// <summary>The SOA record of the zone: CoreDNS's ns.dns and hostmaster names, its timers, the TTL as minimum.</summary>
    public ResourceRecord Soa() => new(Zone, RecordType.SOA, _ttl,
        new SoaData(_nameServer, "hostmaster." + Zone, _serial(), 7200, 1800, 86400, _ttl));

    /// <param name="owner">The name as asked: answers echo its case.</param>
    private ZoneAnswer AnswerInZone(string owner, RecordType type, int depth = 0)
    {
        var name = owner.ToLowerInvariant();
        var relative = name.Length == Zone.Length ? "" : name[..(name.Length - Zone.Length - 1)];
        if (relative.Length == 0)
        {
            return type switch
            {
                RecordType.SOA => ZoneAnswer.Of([Soa() with { Name = owner }]),
                RecordType.NS => ZoneAnswer.Of([new ResourceRecord(owner, RecordType.NS, _ttl, new NameData(_nameServer))]),
                _ => NoData(),
            };
        }

        if (relative == "dns-version")
        {
            return type == RecordType.TXT
                ? ZoneAnswer.Of([new ResourceRecord(owner, RecordType.TXT, SchemaVersionTtl, new TxtData([SchemaVersion]))])
                : NameError();
        }

        var labels = relative.Split('.');
        return labels[^1] switch
        {
            "svc" => AnswerService(owner, labels, type, depth),
            "pod" => AnswerPod(owner, labels, type),
            _ => NameError(),
        };
    }

    /// <summary>The answer for an existing name with no records of the asked type.</summary>
    private static ZoneAnswer NoData() => ZoneAnswer.Of([]);

    private static ZoneAnswer NameError() => new(ResponseCode.NameError, [], [], []);

    /// <summary>NXDOMAIN and NODATA carry the SOA so resolvers can cache the denial (RFC 2308).</summary>
    private ZoneAnswer WithSoa(ZoneAnswer answer)
    {
        if (answer.Code == ResponseCode.NameError || answer.Answers.Count == 0)
        {
            answer.Authorities.Add(Soa());
        }

        return answer;
    }
}
