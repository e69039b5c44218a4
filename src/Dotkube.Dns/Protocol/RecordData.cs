namespace Dotkube.Dns.Protocol;

/// <summary>The RDATA of a record: one subtype per layout the codec knows, <see cref="RawData"/> for the rest.</summary>
public abstract record RecordData;
