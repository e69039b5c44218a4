using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Dotkube.Dns.Protocol;

/// <summary>
/// Decodes wire messages, rejecting anything malformed with <see cref="DnsFormatException"/>:
/// counts that overrun the message, RDATA that overruns its length, names over 255 bytes,
/// reserved label types, and compression pointers that do not point strictly backwards from
/// where the current run of labels began (which is what makes pointer loops impossible).
/// </summary>
public ref struct DnsMessageReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;
    private int _extendedRcode;

    private DnsMessageReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    public static DnsMessage Read(ReadOnlySpan<byte> data)
    {
        var reader = new DnsMessageReader(data);
        return reader.ReadMessage();
    }

    /// <summary>The ID and flags of a message whose header is complete, to answer FORMERR to a query that fails to parse.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> data, out ushort id, out ushort flags)
    {
        id = flags = 0;
        if (data.Length < 12)
        {
            return false;
        }

        id = BinaryPrimitives.ReadUInt16BigEndian(data);
        flags = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
        return true;
    }

    private DnsMessage ReadMessage()
    {
        if (!TryReadHeader(_data, out var id, out var flags))
        {
            throw new DnsFormatException("message shorter than its header");
        }

        _pos = 12;
        var qd = ReadUInt16At(4);
        var an = ReadUInt16At(6);
        var ns = ReadUInt16At(8);
        var ar = ReadUInt16At(10);
        var message = new DnsMessage
        {
            Id = id,
            IsResponse = (flags & 0x8000) != 0,
            Opcode = (byte)((flags >> 11) & 0xF),
            Authoritative = (flags & 0x0400) != 0,
            Truncated = (flags & 0x0200) != 0,
            RecursionDesired = (flags & 0x0100) != 0,
            RecursionAvailable = (flags & 0x0080) != 0,
            AuthenticData = (flags & 0x0020) != 0,
            CheckingDisabled = (flags & 0x0010) != 0,
        };
        var rcode = flags & 0xF;
        for (var i = 0; i < qd; i++)
        {
            var name = ReadName();
            message.Questions.Add(new DnsQuestion(name, (RecordType)ReadUInt16(), ReadUInt16()));
        }

        ReadSection(an, message.Answers, null);
        ReadSection(ns, message.Authorities, null);
        ReadSection(ar, message.Additionals, message);
        if (message.Edns is not null)
        {
            rcode |= _extendedRcode << 4;
        }

        message.ResponseCode = (ResponseCode)rcode;
        return message;
    }

    private void ReadSection(int count, List<ResourceRecord> into, DnsMessage? optHolder)
    {
        for (var i = 0; i < count; i++)
        {
            var name = ReadName();
            var type = (RecordType)ReadUInt16();
            var @class = ReadUInt16();
            var ttl = ReadUInt32();
            var length = ReadUInt16();
            var end = _pos + length;
            if (end > _data.Length)
            {
                throw new DnsFormatException("RDATA overruns the message");
            }

            if (type == RecordType.OPT && optHolder is not null)
            {
                if (optHolder.Edns is not null || name != DnsName.Root)
                {
                    throw new DnsFormatException("more than one OPT record, or one not owned by the root");
                }

                _extendedRcode = (int)(ttl >> 24);
                optHolder.Edns = new Edns(@class, (byte)(ttl >> 16), (ttl & 0x8000) != 0, _data[_pos..end].ToArray());
                _pos = end;
                continue;
            }

            var data = ReadData(type, end);
            if (_pos != end)
            {
                throw new DnsFormatException($"{type} RDATA does not match its length");
            }

            into.Add(new ResourceRecord(name, type, ttl, data, @class));
        }
    }

    private RecordData ReadData(RecordType type, int end)
    {
        switch (type)
        {
            case RecordType.A when end - _pos == 4:
            case RecordType.AAAA when end - _pos == 16:
                var address = new IPAddress(_data[_pos..end]);
                _pos = end;
                return new AddressData(address);
            case RecordType.A or RecordType.AAAA:
                throw new DnsFormatException($"{type} RDATA has the wrong length");
            case RecordType.CNAME or RecordType.NS or RecordType.PTR:
                return new NameData(ReadName(end));
            case RecordType.MX:
                return new MxData(ReadUInt16(), ReadName(end));
            case RecordType.SRV:
                return new SrvData(ReadUInt16(), ReadUInt16(), ReadUInt16(), ReadName(end));
            case RecordType.SOA:
                return new SoaData(ReadName(end), ReadName(end), ReadUInt32(), ReadUInt32(), ReadUInt32(), ReadUInt32(), ReadUInt32());
            case RecordType.TXT:
                var strings = new List<string>();
                while (_pos < end)
                {
                    var length = _data[_pos++];
                    if (_pos + length > end)
                    {
                        throw new DnsFormatException("TXT string overruns its RDATA");
                    }

                    strings.Add(Encoding.Latin1.GetString(_data.Slice(_pos, length)));
                    _pos += length;
                }

                return new TxtData(strings);
            default:
                var raw = _data[_pos..end].ToArray();
                _pos = end;
                return new RawData(raw);
        }
    }

    /// <summary>Reads a possibly compressed name; <paramref name="limit"/> bounds where its first bytes may lie.</summary>
    private string ReadName(int limit = int.MaxValue)
    {
        var b = new StringBuilder();
        var p = _pos;
        var runStart = p;
        var jumped = false;
        var wireLength = 1;
        while (true)
        {
            if (p >= _data.Length || (!jumped && p >= limit))
            {
                throw new DnsFormatException("name overruns the message");
            }

            var length = _data[p];
            if (length == 0)
            {
                if (!jumped)
                {
                    _pos = p + 1;
                }

                break;
            }

            switch (length & 0xC0)
            {
                case 0xC0:
                    if (p + 1 >= _data.Length || (!jumped && p + 1 >= limit))
                    {
                        throw new DnsFormatException("compression pointer overruns the message");
                    }

                    var target = ((length & 0x3F) << 8) | _data[p + 1];
                    if (target >= runStart)
                    {
                        throw new DnsFormatException("compression pointer does not point backwards");
                    }

                    if (!jumped)
                    {
                        _pos = p + 2;
                    }

                    jumped = true;
                    p = runStart = target;
                    continue;
                case 0:
                    if (p + 1 + length > _data.Length)
                    {
                        throw new DnsFormatException("label overruns the message");
                    }

                    wireLength += length + 1;
                    if (wireLength > DnsName.MaxWireLength)
                    {
                        throw new DnsFormatException("name longer than 255 bytes");
                    }

                    DnsName.AppendLabel(b, _data.Slice(p + 1, length));
                    b.Append('.');
                    p += 1 + length;
                    break;
                default:
                    throw new DnsFormatException("reserved label type");
            }
        }

        if (!jumped && _pos > limit)
        {
            throw new DnsFormatException("name overruns its RDATA");
        }

        return b.Length == 0 ? DnsName.Root : b.ToString();
    }

    private readonly ushort ReadUInt16At(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_data[offset..]);

    private ushort ReadUInt16()
    {
        if (_pos + 2 > _data.Length)
        {
            throw new DnsFormatException("message ends inside a field");
        }

        var value = BinaryPrimitives.ReadUInt16BigEndian(_data[_pos..]);
        _pos += 2;
        return value;
    }

    private uint ReadUInt32()
    {
        if (_pos + 4 > _data.Length)
        {
            throw new DnsFormatException("message ends inside a field");
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(_data[_pos..]);
        _pos += 4;
        return value;
    }
}
