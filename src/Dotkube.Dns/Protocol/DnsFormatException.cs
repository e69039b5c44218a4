namespace Dotkube.Dns.Protocol;

/// <summary>A message that cannot be parsed: the server answers FORMERR when it can read the header, else drops it.</summary>
public sealed class DnsFormatException(string message) : Exception(message);
