namespace Dotkube.Dns.Protocol;

/// <summary>RDATA that is one domain name: CNAME, NS, PTR.</summary>
public sealed record NameData(string Target) : RecordData
{
    public override string ToString() => Target;
}
