namespace Dotkube.Dns.Protocol;

/// <summary>One entry of the question section; <see cref="Name"/> is absolute (ends in a dot) in presentation form.</summary>
public sealed record DnsQuestion(string Name, RecordType Type, ushort Class = DnsClass.IN);
