namespace Dotkube.Dns.Protocol;

/// <summary>
/// The EDNS(0) OPT pseudo-record (RFC 6891 §6.1): the requester's UDP payload size, the upper
/// 8 bits of the RCODE, the version, the DO bit and the options, kept as raw bytes.
/// </summary>
public sealed record Edns(ushort UdpPayloadSize, byte Version = 0, bool DnssecOk = false, byte[]? Options = null)
{
    /// <summary>Fixed size of an OPT record with no options: root name, type, class, TTL, RDLENGTH.</summary>
    internal const int FixedSize = 11;

    internal int WireSize => FixedSize + (Options?.Length ?? 0);
}
