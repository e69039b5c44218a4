using Dotkube.Dns.Cluster;
using Dotkube.Dns.Forwarding;
using Dotkube.Dns.Protocol;
using Microsoft.Extensions.Logging;

namespace Dotkube.Dns.Server;

/// <summary>
/// Turns one query into one response, whatever the transport: the cluster zone answers its
/// names from the informer caches, the forwarder everything else. Malformed queries get
/// FORMERR when their header is readable and are dropped otherwise; responses sent to us are
/// dropped; queries miekg/dns (CoreDNS's server) would reject (not one question, other
/// opcodes, unknown EDNS versions) get its FORMERR, NOTIMP or BADVERS.
/// </summary>
internal sealed partial class QueryHandler(ClusterZone zone, Forwarder forwarder, Func<bool> zoneSynced, IDnsMetrics metrics,
    TimeProvider time, ILogger logger)
{
    /// <summary>The largest UDP payload honoured from a client's EDNS(0): larger datagrams fragment and get lost.</summary>
    internal const int MaxUdpPayload = 4096;

    /// <summary>
    /// The response bytes, or null to send nothing. Parses <paramref name="query"/> before it
    /// first awaits, so the caller may reuse the buffer once this returns.
    /// </summary>
    public ValueTask<byte[]?> HandleAsync(ReadOnlySpan<byte> query, bool tcp, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var proto = tcp ? "tcp" : "udp";
        DnsMessage request;
        try
        {
            request = DnsMessageReader.Read(query);
        }
        catch (DnsFormatException e)
        {
            if (!DnsMessageReader.TryReadHeader(query, out var id, out var flags) || (flags & 0x8000) != 0)
            {
                return ValueTask.FromResult<byte[]?>(null);
            }

            LogMalformed(logger, proto, e.Message);
            var error = new DnsMessage { Id = id, IsResponse = true, Opcode = (byte)((flags >> 11) & 0xF), ResponseCode = ResponseCode.FormatError };
            return ValueTask.FromResult<byte[]?>(Finish(error, proto, "other", ".", started, DnsMessage.ClassicUdpSize));
        }

        if (request.IsResponse)
        {
            return ValueTask.FromResult<byte[]?>(null);
        }

        var limit = tcp ? DnsMessageWriter.MaxMessageSize
            : Math.Clamp((int)(request.Edns?.UdpPayloadSize ?? DnsMessage.ClassicUdpSize), DnsMessage.ClassicUdpSize, MaxUdpPayload);
        var response = request.CreateResponse();
        if (request.Edns is { } edns)
        {
            response.Edns = new Edns(Forwarder.UdpPayloadSize, 0, edns.DnssecOk);
        }

        if (request.Opcode != 0 || request.Questions.Count != 1 || request.Edns is { Version: not 0 })
        {
            response.ResponseCode = request.Opcode != 0 ? ResponseCode.NotImplemented
                : request.Questions.Count != 1 ? ResponseCode.FormatError : ResponseCode.BadVersion;
            if (response.ResponseCode == ResponseCode.BadVersion)
            {
                // RFC 6891 §6.1.3: BADVERS needs the OPT record to carry its upper bits.
                response.Edns ??= new Edns(Forwarder.UdpPayloadSize);
            }

            return ValueTask.FromResult<byte[]?>(Finish(response, proto, "other", ".", started, limit));
        }

        var question = request.Questions[0];
        var type = TypeLabel(question.Type);
        var answer = zone.Answer(question);
        if (answer is null)
        {
            return ForwardAsync(response, question, proto, type, started, limit, ct);
        }

        response.Authoritative = true;
        if (!zoneSynced())
        {
            // As CoreDNS before its caches sync: SERVFAIL, never a false NXDOMAIN.
            response.ResponseCode = ResponseCode.ServerFailure;
            return ValueTask.FromResult<byte[]?>(Finish(response, proto, type, zone.Zone, started, limit));
        }

        response.ResponseCode = answer.Code;
        response.Answers.AddRange(answer.Answers);
        response.Authorities.AddRange(answer.Authorities);
        response.Additionals.AddRange(answer.Additionals);
        var zoneLabel = DnsName.IsInZone(question.Name, zone.Zone) ? zone.Zone : ".";
        if (OutOfZoneCname(response, question) is { } target)
        {
            return ChaseAsync(response, question, target, proto, type, zoneLabel, started, limit, ct);
        }

        return ValueTask.FromResult<byte[]?>(Finish(response, proto, type, zoneLabel, started, limit));
    }

    private async ValueTask<byte[]?> ForwardAsync(DnsMessage response, DnsQuestion question, string proto, string type, long started, int limit,
        CancellationToken ct)
    {
        var upstream = await forwarder.ResolveAsync(question, ct).ConfigureAwait(false);
        // RA is the upstream's to give, as CoreDNS relays it; cluster answers leave it clear, as CoreDNS's do.
        response.RecursionAvailable = upstream?.RecursionAvailable ?? true;
        if (upstream is null)
        {
            response.ResponseCode = ResponseCode.ServerFailure;
        }
        else
        {
            response.ResponseCode = upstream.ResponseCode;
            response.Answers.AddRange(upstream.Answers);
            response.Authorities.AddRange(upstream.Authorities);
            response.Additionals.AddRange(upstream.Additionals);
        }

        return Finish(response, proto, type, ".", started, limit);
    }

    /// <summary>
    /// An ExternalName's CNAME leads out of the zone: add what the upstream resolvers answer for
    /// the target, as CoreDNS does, so stub resolvers need not ask again. Differs from CoreDNS,
    /// which answers SERVFAIL when the upstreams fail: the CNAME alone is returned then, so the
    /// client still learns where the name points.
    /// </summary>
    private async ValueTask<byte[]?> ChaseAsync(DnsMessage response, DnsQuestion question, string target, string proto, string type,
        string zoneLabel, long started, int limit, CancellationToken ct)
    {
        var upstream = await forwarder.ResolveAsync(new DnsQuestion(target, question.Type), ct).ConfigureAwait(false);
        if (upstream is { ResponseCode: ResponseCode.NoError })
        {
            response.Answers.AddRange(upstream.Answers);
        }

        return Finish(response, proto, type, zoneLabel, started, limit);
    }

    private string? OutOfZoneCname(DnsMessage response, DnsQuestion question) =>
        question.Type is RecordType.A or RecordType.AAAA
        && response.Answers.Count > 0 && response.Answers[^1].Data is NameData { Target: var target }
        && response.Answers[^1].Type == RecordType.CNAME && !DnsName.IsInZone(target, zone.Zone)
            ? target
            : null;

    private byte[] Finish(DnsMessage response, string proto, string type, string zoneLabel, long started, int limit)
    {
        byte[] bytes;
        try
        {
            bytes = DnsMessageWriter.Write(response, limit);
        }
        catch (ArgumentException e)
        {
            // Data that cannot go on the wire (a name the API let through but DNS cannot carry): the query fails, the server does not.
            LogUnencodable(logger, e.Message);
            var failure = new DnsMessage
            {
                Id = response.Id,
                IsResponse = true,
                Opcode = response.Opcode,
                RecursionDesired = response.RecursionDesired,
                ResponseCode = ResponseCode.ServerFailure,
                Questions = response.Questions,
                Edns = response.Edns,
            };
            response = failure;
            bytes = DnsMessageWriter.Write(failure, limit);
        }

        metrics.Served(proto, type, zoneLabel, RcodeLabel(response.ResponseCode), time.GetElapsedTime(started));
        return bytes;
    }

    /// <summary>The type label as CoreDNS's: the type's name for the common ones, "other" for the rest.</summary>
    internal static string TypeLabel(RecordType type) =>
        type != RecordType.OPT && Enum.IsDefined(type) ? type.ToString() : "other";

    internal static string RcodeLabel(ResponseCode code) => code switch
    {
        ResponseCode.NoError => "NOERROR",
        ResponseCode.FormatError => "FORMERR",
        ResponseCode.ServerFailure => "SERVFAIL",
        ResponseCode.NameError => "NXDOMAIN",
        ResponseCode.NotImplemented => "NOTIMP",
        ResponseCode.Refused => "REFUSED",
        ResponseCode.BadVersion => "BADVERS",
        _ => "RCODE" + (int)code,
    };
}
