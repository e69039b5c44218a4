namespace Dotkube.Proxy.Rules;

/// <summary>What the rules depend on besides services and endpoints.</summary>
/// <param name="NodeName">Endpoints whose nodeName is this are local (externalTrafficPolicy Local).</param>
/// <param name="ClusterCidr">The pod network, e.g. 10.42.0.0/16: sources outside it are masqueraded to a cluster IP.</param>
/// <param name="MasqueradeBit">The fwmark bit asking for masquerade (14: 0x4000).</param>
public sealed record RuleContext(string NodeName, string ClusterCidr, int MasqueradeBit = 14)
{
    /// <summary>e.g. "0x4000".</summary>
    public string MasqMark => $"0x{1 << MasqueradeBit:x}";
}
