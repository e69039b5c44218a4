namespace Dotkube.Dns.Protocol;

/// <summary>RDATA of a type the codec does not decode, copied byte for byte (RFC 3597: such types never compress names).</summary>
public sealed record RawData(byte[] Bytes) : RecordData
{
    public override string ToString() => "\\# " + Bytes.Length + " " + Convert.ToHexString(Bytes);

    public bool Equals(RawData? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override int GetHashCode() => Bytes.Length;
}
