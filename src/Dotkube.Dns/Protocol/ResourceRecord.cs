namespace Dotkube.Dns.Protocol;

/// <summary>One RR of an answer, authority or additional section; the class is IN unless said.</summary>
public sealed record ResourceRecord(string Name, RecordType Type, uint Ttl, RecordData Data, ushort Class = DnsClass.IN)
{
    /// <summary>The same record with another TTL, as a cache hands out aged copies.</summary>
    public ResourceRecord WithTtl(uint ttl) => this with { Ttl = ttl };

    public override string ToString() => $"{Name}\t{Ttl}\tIN\t{Type}\t{Data}";
}
