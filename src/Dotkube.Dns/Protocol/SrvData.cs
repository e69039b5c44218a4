namespace Dotkube.Dns.Protocol;

/// <summary>SRV RDATA (RFC 2782); the target is never compressed on the wire.</summary>
public sealed record SrvData(ushort Priority, ushort Weight, ushort Port, string Target) : RecordData
{
    public override string ToString() => $"{Priority} {Weight} {Port} {Target}";
}
