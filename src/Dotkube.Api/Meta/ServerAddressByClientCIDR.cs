namespace Dotkube.Api.Meta;

/// <summary>Which server address a client in a CIDR should use.</summary>
public sealed class ServerAddressByClientCIDR
{
    public string ClientCIDR { get; set; } = "";

    public string ServerAddress { get; set; } = "";
}
