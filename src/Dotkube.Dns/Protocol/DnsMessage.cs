namespace Dotkube.Dns.Protocol;

/// <summary>
/// A DNS message (RFC 1035 §4.1) in decoded form. <see cref="ResponseCode"/> is the full 12-bit
/// code: the codec splits it between the header and the OPT record (RFC 6891 §6.1.3).
/// <see cref="DnsMessageReader"/> and <see cref="DnsMessageWriter"/> convert it from and to the wire.
/// </summary>
public sealed class DnsMessage
{
    /// <summary>The classic UDP payload limit without EDNS(0) (RFC 1035 §4.2.1).</summary>
    public const int ClassicUdpSize = 512;

    public ushort Id { get; set; }

    public bool IsResponse { get; set; }

    /// <summary>OPCODE; 0 is a standard QUERY, the only one answered.</summary>
    public byte Opcode { get; set; }

    public bool Authoritative { get; set; }

    public bool Truncated { get; set; }

    public bool RecursionDesired { get; set; }

    public bool RecursionAvailable { get; set; }

    public bool AuthenticData { get; set; }

    public bool CheckingDisabled { get; set; }

    public ResponseCode ResponseCode { get; set; }

    public List<DnsQuestion> Questions { get; init; } = [];

    public List<ResourceRecord> Answers { get; init; } = [];

    public List<ResourceRecord> Authorities { get; init; } = [];

    /// <summary>Additional records other than OPT, which is <see cref="Edns"/>.</summary>
    public List<ResourceRecord> Additionals { get; init; } = [];

    public Edns? Edns { get; set; }

    /// <summary>The reply skeleton for a query: same ID, question, RD and CD, QR set.</summary>
    public DnsMessage CreateResponse(ResponseCode code = ResponseCode.NoError) => new()
    {
        Id = Id,
        IsResponse = true,
        Opcode = Opcode,
        RecursionDesired = RecursionDesired,
        CheckingDisabled = CheckingDisabled,
        ResponseCode = code,
        Questions = [.. Questions],
    };

    public override string ToString()
    {
        var lines = new List<string> { $";; id {Id} {ResponseCode} qr={IsResponse} aa={Authoritative} tc={Truncated} rd={RecursionDesired} ra={RecursionAvailable}" };
        lines.AddRange(Questions.Select(q => $";{q.Name}\tIN\t{q.Type}"));
        lines.AddRange(Answers.Select(r => r.ToString()));
        lines.AddRange(Authorities.Select(r => "; ns " + r));
        lines.AddRange(Additionals.Select(r => "; ar " + r));
        return string.Join('\n', lines);
    }
}
