namespace Dotkube.Api.Core.V1;

/// <summary>The values of <see cref="ServiceSpec.IPFamilies"/>.</summary>
public static class IPFamily
{
    public const string IPv4 = "IPv4";
    public const string IPv6 = "IPv6";
}
