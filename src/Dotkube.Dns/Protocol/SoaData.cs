namespace Dotkube.Dns.Protocol;

/// <summary>SOA RDATA; <see cref="Minimum"/> is the negative-caching TTL (RFC 2308).</summary>
public sealed record SoaData(string PrimaryNameServer, string Mailbox, uint Serial, uint Refresh, uint Retry, uint Expire, uint Minimum) : RecordData
{
    public override string ToString() => $"{PrimaryNameServer} {Mailbox} {Serial} {Refresh} {Retry} {Expire} {Minimum}";
}
