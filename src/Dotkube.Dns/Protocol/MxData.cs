namespace Dotkube.Dns.Protocol;

/// <summary>MX RDATA, decoded because its name may be compressed in forwarded answers.</summary>
public sealed record MxData(ushort Preference, string Exchange) : RecordData
{
    public override string ToString() => $"{Preference} {Exchange}";
}
