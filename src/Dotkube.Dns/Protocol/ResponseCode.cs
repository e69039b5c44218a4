namespace Dotkube.Dns.Protocol;

/// <summary>RCODE values (RFC 1035 §4.1.1, RFC 6891 §6.1.3 for the extended BADVERS).</summary>
public enum ResponseCode
{
    NoError = 0,
    FormatError = 1,
    ServerFailure = 2,
    NameError = 3,
    NotImplemented = 4,
    Refused = 5,
    BadVersion = 16,
}
