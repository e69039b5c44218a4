namespace Dotkube.Dns.Protocol;

/// <summary>The RR TYPE values (IANA registry) this server answers or decodes; any other value passes through as a number.</summary>
public enum RecordType : ushort
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    OPT = 41,
    ANY = 255,
}
