namespace Dotkube.Dns.Protocol;

/// <summary>The CLASS values a cluster DNS server meets.</summary>
public static class DnsClass
{
    /// <summary>The Internet class, the only one with data here.</summary>
    public const ushort IN = 1;

    /// <summary>QCLASS "*" (RFC 1035 §3.2.5).</summary>
    public const ushort Any = 255;
}
