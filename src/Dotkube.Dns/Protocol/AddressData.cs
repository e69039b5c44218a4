using System.Net;

namespace Dotkube.Dns.Protocol;

/// <summary>A (4 bytes) or AAAA (16 bytes) RDATA.</summary>
public sealed record AddressData(IPAddress Address) : RecordData
{
    public override string ToString() => Address.ToString();
}
