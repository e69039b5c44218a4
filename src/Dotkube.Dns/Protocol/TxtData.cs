namespace Dotkube.Dns.Protocol;

/// <summary>TXT RDATA: character-strings of at most 255 bytes each, kept as text (Latin-1 round trips every byte).</summary>
public sealed record TxtData(IReadOnlyList<string> Strings) : RecordData
{
    public override string ToString() => string.Join(' ', Strings.Select(s => "\"" + s + "\""));

    public bool Equals(TxtData? other) => other is not null && Strings.SequenceEqual(other.Strings);

    public override int GetHashCode() => Strings.Count;
}
