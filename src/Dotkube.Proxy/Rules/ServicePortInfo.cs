namespace Dotkube.Proxy.Rules;

/// <summary>
/// One port of one Service as the proxy sees it (upstream's servicePortInfo).
/// <see cref="Name"/> is upstream's ServicePortName string: "ns/name:port", or "ns/name" for an unnamed port.
/// </summary>
public sealed record ServicePortInfo(
    string Name,
    string Protocol,
    string ClusterIP,
    int Port,
    int NodePort,
    IReadOnlyList<string> ExternalIPs,
    IReadOnlyList<string> LoadBalancerIPs,
    int? AffinitySeconds,
    bool ExternalPolicyLocal)
{
    /// <summary>iptables' spelling of the protocol ("tcp", "udp", "sctp"), also hashed into the chain names.</summary>
    public string Proto => Protocol.ToLowerInvariant();

    /// <summary>Upstream uses the external chain for NodePorts, externalIPs and load balancer IPs.</summary>
    public bool HasExternal => NodePort > 0 || ExternalIPs.Count > 0 || LoadBalancerIPs.Count > 0;
}

/// <summary>One endpoint of a service port, from an EndpointSlice (conditions defaulted as upstream: nil ready is ready, nil serving is ready).</summary>
public sealed record EndpointInfo(string IP, int Port, bool Ready, bool Serving, bool Terminating, string? NodeName)
{
    /// <summary>"IP:port", hashed into the endpoint chain name and used as its DNAT target.</summary>
    public override string ToString() => $"{IP}:{Port}";
}

/// <summary>A service port with every endpoint the EndpointSlices list for it (deduplicated, sorted by address).</summary>
public sealed record ServicePortEndpoints(ServicePortInfo Port, IReadOnlyList<EndpointInfo> Endpoints);
