namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressTLS: TLS on port 443, multiplexed by SNI.</summary>
public sealed class IngressTLS
{
    public List<string>? Hosts { get; set; }

    /// <summary>Optional so TLS can be routed by SNI alone.</summary>
    public string? SecretName { get; set; }
}
