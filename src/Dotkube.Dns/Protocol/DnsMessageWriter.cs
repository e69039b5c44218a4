using System.Buffers.Binary;
using System.Text;

namespace Dotkube.Dns.Protocol;

/// <summary>
/// Encodes a <see cref="DnsMessage"/>, compressing owner names and the names inside RDATA that
/// RFC 1035 allows (CNAME, NS, PTR, SOA, MX; never SRV, RFC 2782). With a size limit, records
/// that do not fit are dropped from the end, the OPT record always kept; losing an answer or
/// authority record sets TC so the client retries over TCP, losing additionals does not
/// (RFC 2181 §9).
/// </summary>
public sealed class DnsMessageWriter
{
    /// <summary>A TCP message's length prefix is 16 bits.</summary>
    public const int MaxMessageSize = ushort.MaxValue;

    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Suffix, int Offset)> _added = [];
    private byte[] _buffer = new byte[512];
    private int _pos;

    private DnsMessageWriter()
    {
    }

    /// <summary>The wire form of <paramref name="message"/>, at most <paramref name="maxSize"/> bytes.</summary>
    public static byte[] Write(DnsMessage message, int maxSize = MaxMessageSize) => Write(message, maxSize, out _);

    public static byte[] Write(DnsMessage message, int maxSize, out bool truncated)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = new DnsMessageWriter();
        truncated = writer.WriteMessage(message, Math.Clamp(maxSize, DnsMessage.ClassicUdpSize, MaxMessageSize));
        return writer._buffer.AsSpan(0, writer._pos).ToArray();
    }

    private bool WriteMessage(DnsMessage m, int maxSize)
    {
        Ensure(12);
        _pos = 12;
        foreach (var q in m.Questions)
        {
            WriteName(q.Name, compress: true);
            WriteUInt16((ushort)q.Type);
            WriteUInt16(q.Class);
        }

        var limit = maxSize - (m.Edns?.WireSize ?? 0);
        var truncated = _pos > limit;
        var counts = new ushort[3];
        List<ResourceRecord>[] sections = [m.Answers, m.Authorities, m.Additionals];
        for (var s = 0; s < sections.Length && !truncated; s++)
        {
            foreach (var record in sections[s])
            {
                var mark = _pos;
                var marks = _added.Count;
                WriteRecord(record);
                if (_pos > limit)
                {
                    Rollback(mark, marks);
                    truncated = true;
                    break;
                }

                counts[s]++;
            }
        }

        // Dropped additionals alone do not make the answer incomplete.
        var setTc = m.Truncated || (truncated && (counts[0] < m.Answers.Count || counts[1] < m.Authorities.Count));
        var additionalCount = counts[2];
        if (m.Edns is { } edns)
        {
            WriteOpt(edns, m.ResponseCode);
            additionalCount++;
        }

        WriteHeader(m, setTc, (ushort)m.Questions.Count, counts[0], counts[1], additionalCount);
        return setTc;
    }

    private void WriteHeader(DnsMessage m, bool truncated, ushort qd, ushort an, ushort ns, ushort ar)
    {
        var h = _buffer.AsSpan(0, 12);
        BinaryPrimitives.WriteUInt16BigEndian(h, m.Id);
        var flags = (m.IsResponse ? 0x8000 : 0) | ((m.Opcode & 0xF) << 11) | (m.Authoritative ? 0x0400 : 0) | (truncated ? 0x0200 : 0)
            | (m.RecursionDesired ? 0x0100 : 0) | (m.RecursionAvailable ? 0x0080 : 0) | (m.AuthenticData ? 0x0020 : 0)
            | (m.CheckingDisabled ? 0x0010 : 0) | ((int)m.ResponseCode & 0xF);
        BinaryPrimitives.WriteUInt16BigEndian(h[2..], (ushort)flags);
        BinaryPrimitives.WriteUInt16BigEndian(h[4..], qd);
        BinaryPrimitives.WriteUInt16BigEndian(h[6..], an);
        BinaryPrimitives.WriteUInt16BigEndian(h[8..], ns);
        BinaryPrimitives.WriteUInt16BigEndian(h[10..], ar);
    }

    private void WriteOpt(Edns edns, ResponseCode code)
    {
        WriteByte(0);
        WriteUInt16((ushort)RecordType.OPT);
        WriteUInt16(edns.UdpPayloadSize);
        WriteByte((byte)(((int)code >> 4) & 0xFF));
        WriteByte(edns.Version);
        WriteUInt16((ushort)(edns.DnssecOk ? 0x8000 : 0));
        var options = edns.Options ?? [];
        WriteUInt16((ushort)options.Length);
        WriteBytes(options);
    }

    private void WriteRecord(ResourceRecord r)
    {
        WriteName(r.Name, compress: true);
        WriteUInt16((ushort)r.Type);
        WriteUInt16(r.Class);
        WriteUInt32(r.Ttl);
        var lengthAt = _pos;
        WriteUInt16(0);
        switch (r.Data)
        {
            case AddressData a:
                Ensure(16);
                a.Address.TryWriteBytes(_buffer.AsSpan(_pos), out var written);
                _pos += written;
                break;
            case NameData n:
                WriteName(n.Target, compress: true);
                break;
            case SrvData srv:
                WriteUInt16(srv.Priority);
                WriteUInt16(srv.Weight);
                WriteUInt16(srv.Port);
                WriteName(srv.Target, compress: false);
                break;
            case MxData mx:
                WriteUInt16(mx.Preference);
                WriteName(mx.Exchange, compress: true);
                break;
            case SoaData soa:
                WriteName(soa.PrimaryNameServer, compress: true);
                WriteName(soa.Mailbox, compress: true);
                WriteUInt32(soa.Serial);
                WriteUInt32(soa.Refresh);
                WriteUInt32(soa.Retry);
                WriteUInt32(soa.Expire);
                WriteUInt32(soa.Minimum);
                break;
            case TxtData txt:
                foreach (var s in txt.Strings)
                {
                    var bytes = Encoding.Latin1.GetBytes(s);
                    if (bytes.Length > 255)
                    {
                        throw new ArgumentException("a TXT character-string is at most 255 bytes");
                    }

                    WriteByte((byte)bytes.Length);
                    WriteBytes(bytes);
                }

                break;
            case RawData raw:
                WriteBytes(raw.Bytes);
                break;
        }

        var length = _pos - lengthAt - 2;
        if (length > ushort.MaxValue)
        {
            throw new ArgumentException("RDATA longer than 65535 bytes");
        }

        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(lengthAt), (ushort)length);
    }

    /// <summary>
    /// Writes labels until a known suffix can be pointed at. Every new suffix that starts below
    /// offset 0x4000 (a pointer's reach) becomes a target for later names, whether or not this
    /// name itself may be compressed.
    /// </summary>
    private void WriteName(string name, bool compress)
    {
        var start = _pos;
        var i = 0;
        Span<byte> label = stackalloc byte[DnsName.MaxLabelLength];
        while (i < name.Length && !(i == name.Length - 1 && name[i] == '.'))
        {
            var suffix = name[i..];
            if (compress && _names.TryGetValue(suffix, out var target))
            {
                WriteUInt16((ushort)(0xC000 | target));
                CheckLength(name, _pos - start);
                return;
            }

            if (_pos < 0x4000 && _names.TryAdd(suffix, _pos))
            {
                _added.Add((suffix, _pos));
            }

            var length = DnsName.ParseLabel(name, i, label, out i);
            WriteByte((byte)length);
            WriteBytes(label[..length]);
        }

        WriteByte(0);
        CheckLength(name, _pos - start);
    }

    private static void CheckLength(string name, int wireLength)
    {
        if (wireLength > DnsName.MaxWireLength)
        {
            throw new ArgumentException($"name {name} is longer than 255 bytes", nameof(name));
        }
    }

    /// <summary>Undoes a record that did not fit, including the compression targets it added.</summary>
    private void Rollback(int position, int addedCount)
    {
        for (var i = _added.Count - 1; i >= addedCount; i--)
        {
            _names.Remove(_added[i].Suffix);
        }

        _added.RemoveRange(addedCount, _added.Count - addedCount);
        _pos = position;
    }

    private void Ensure(int count)
    {
        if (_pos + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _pos + count));
        }
    }

    private void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_pos++] = value;
    }

    private void WriteUInt16(ushort value)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(_pos), value);
        _pos += 2;
    }

    private void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_pos), value);
        _pos += 4;
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_pos));
        _pos += bytes.Length;
    }
}
