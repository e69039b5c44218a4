namespace Dotkube.Api.Core.V1;

/// <summary>Network protocols of container and service ports.</summary>
public static class Protocol
{
    public const string TCP = "TCP";
    public const string UDP = "UDP";
    public const string SCTP = "SCTP";
}
