using System.Buffers.Binary;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// A forward-only protobuf wire reader over a span: no allocation, and every read is bounds
/// checked, so truncated or hostile input ends in a <see cref="DecodeException"/>, never an
/// out-of-range read or a loop that does not advance.
/// </summary>
internal ref struct ProtoReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtoReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly bool End => _position >= _data.Length;

    public readonly int Position => _position;

    /// <summary>Reads a field key; field numbers are 1..2^29-1 and the wire type one we accept.</summary>
    public (int Number, WireType Wire) ReadTag()
    {
        var key = ReadVarint();
        var number = key >> 3;
        var wire = (int)(key & 7);
        if (number == 0 || number > 536_870_911)
        {
            throw new DecodeException($"proto: illegal tag {number} (wire type {wire})");
        }

        if (wire is not (0 or 1 or 2 or 5))
        {
            throw new DecodeException($"proto: illegal wireType {wire}");
        }

        return ((int)number, (WireType)wire);
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw Truncated();
            }

            var b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new DecodeException("proto: integer overflow");
    }

    public ulong ReadFixed64()
    {
        if (_data.Length - _position < 8)
        {
            throw Truncated();
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public uint ReadFixed32()
    {
        if (_data.Length - _position < 4)
        {
            throw Truncated();
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    /// <summary>A length-delimited payload; the length is checked against what is left.</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var (start, length) = ReadBytesRange();
        return _data.Slice(start, length);
    }

    /// <summary>Where the next length-delimited payload sits, as offsets into this reader's data.</summary>
    public (int Start, int Length) ReadBytesRange()
    {
        var length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
        {
            throw Truncated();
        }

        var start = _position;
        _position += (int)length;
        return (start, (int)length);
    }

    /// <summary>Reads one value of the given wire type: the varint or fixed bits, or the payload range.</summary>
    public (ulong Value, int Start, int Length) ReadValue(WireType wire)
    {
        switch (wire)
        {
            case WireType.Varint:
                return (ReadVarint(), 0, 0);
            case WireType.Fixed64:
                return (ReadFixed64(), 0, 0);
            case WireType.Fixed32:
                return (ReadFixed32(), 0, 0);
            default:
                var (start, length) = ReadBytesRange();
                return (0, start, length);
        }
    }

    public static DecodeException Truncated() => new("proto: unexpected EOF");
}
