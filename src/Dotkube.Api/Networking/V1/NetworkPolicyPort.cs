using Dotkube.Api.Values;

namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 NetworkPolicyPort.</summary>
public sealed class NetworkPolicyPort
{
    /// <summary>TCP (default), UDP or SCTP.</summary>
    public string? Protocol { get; set; }

    /// <summary>A number or a named pod port; null matches every port.</summary>
    public IntOrString? Port { get; set; }

    /// <summary>Makes port..endPort an inclusive range; needs a numeric port no greater than it.</summary>
    public int? EndPort { get; set; }
}
