using System.Globalization;

namespace Dotkube.Proxy.Rules;

/// <summary>
/// Writes kube-proxy's iptables-mode rules for a set of service ports (upstream
/// pkg/proxy/iptables/proxier.go syncProxyRules): cluster IPs, externalIPs, load balancer IPs
/// and NodePorts in KUBE-SERVICES / KUBE-NODEPORTS, per-port KUBE-SVC-/KUBE-EXT-/KUBE-SVL-
/// chains spreading connections over KUBE-SEP- chains with random probabilities, masquerade
/// marking, and REJECT/DROP in the filter table for ports without endpoints. Pure: no I/O.
/// </summary>
public static partial class RuleBuilder
{
    public const string NodePortsComment = "kubernetes service nodeports; NOTE: this must be the last rule in this chain";

    public static RuleSet Build(IReadOnlyList<ServicePortEndpoints> ports, RuleContext context)
    {
        var rules = new RuleSet();
        WriteStaticRules(rules, context);
        foreach (var port in ports)
            WriteServicePort(rules, port, context);

        // As upstream, with nodePortAddresses unset every local address takes NodePorts, except
        // 127.0.0.0/8: localhost NodePorts would need route_localnet, which we leave off.
        rules.Nat.Add(ChainNames.Services, Comment(NodePortsComment), "-m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j", ChainNames.NodePorts);
        return rules;
    }

    /// <summary><c>-m comment --comment TEXT</c>, quoted when the text has a space, as upstream writes it.</summary>
    internal static string Comment(string text) => text.Contains(' ') ? $"-m comment --comment \"{text}\"" : $"-m comment --comment {text}";

    private static void WriteStaticRules(RuleSet rules, RuleContext context)
    {
        var mark = context.MasqMark;
        foreach (var chain in new[] { ChainNames.NodePorts, ChainNames.Services, ChainNames.ExternalServices, ChainNames.Forward, ChainNames.ProxyFirewall })
            rules.Filter.Declare(chain);
        rules.Filter.Add(ChainNames.Forward, "-m conntrack --ctstate INVALID -j DROP");
        rules.Filter.Add(ChainNames.Forward, Comment("kubernetes forwarding rules"), $"-m mark --mark {mark}/{mark} -j ACCEPT");
        rules.Filter.Add(ChainNames.Forward, Comment("kubernetes forwarding conntrack rule"), "-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT");

        foreach (var chain in new[] { ChainNames.NodePorts, ChainNames.Services, ChainNames.MarkMasq, ChainNames.Postrouting })
            rules.Nat.Declare(chain);
        rules.Nat.Add(ChainNames.Postrouting, $"-m mark ! --mark {mark}/{mark} -j RETURN");
        // The mark is cleared so a packet that is re-processed (e.g. through a tunnel) is not masqueraded again.
        rules.Nat.Add(ChainNames.Postrouting, $"-j MARK --xor-mark {mark}");
        rules.Nat.Add(ChainNames.Postrouting, Comment("kubernetes service traffic requiring SNAT"), "-j MASQUERADE --random-fully");
        rules.Nat.Add(ChainNames.MarkMasq, $"-j MARK --or-mark {mark}");
    }

    private static void WriteServicePort(RuleSet rules, ServicePortEndpoints entry, RuleContext context)
    {
        var port = entry.Port;
        var name = port.Name;
        var match = $"-m {port.Proto} -p {port.Proto}";
        var svcChain = ChainNames.Service(name, port.Proto);
        var svlChain = ChainNames.ServiceLocal(name, port.Proto);
        var extChain = ChainNames.External(name, port.Proto);
        var (cluster, local) = Categorize(entry, context.NodeName);

        // As upstream's CategorizeEndpoints: a port "has endpoints" when cluster traffic has one to go to.
        var hasEndpoints = cluster.Count > 0;
        var hasExternalEndpoints = port.ExternalPolicyLocal ? local.Count > 0 : hasEndpoints;
        var usesExternalChain = hasEndpoints && port.HasExternal;
        var (filterTarget, filterComment) = hasEndpoints
            ? ("DROP", $"{name} has no local endpoints")
            : ("REJECT", $"{name} has no endpoints");

        if (hasEndpoints)
            rules.Nat.Add(ChainNames.Services, Comment($"{name} cluster IP"), match, $"-d {port.ClusterIP}/32 --dport {port.Port} -j", svcChain);
        else
            rules.Filter.Add(ChainNames.Services, Comment(filterComment), match, $"-d {port.ClusterIP}/32 --dport {port.Port} -j REJECT");

        foreach (var ip in port.ExternalIPs)
        {
            if (hasEndpoints)
                rules.Nat.Add(ChainNames.Services, Comment($"{name} external IP"), match, $"-d {ip}/32 --dport {port.Port} -j", extChain);
            if (!hasExternalEndpoints)
                rules.Filter.Add(ChainNames.ExternalServices, Comment(filterComment), match, $"-d {ip}/32 --dport {port.Port} -j", filterTarget);
        }

        foreach (var ip in port.LoadBalancerIPs)
        {
            if (hasEndpoints)
                rules.Nat.Add(ChainNames.Services, Comment($"{name} loadbalancer IP"), match, $"-d {ip}/32 --dport {port.Port} -j", extChain);
        }

        if (!hasExternalEndpoints)
        {
            foreach (var ip in port.LoadBalancerIPs)
                rules.Filter.Add(ChainNames.ExternalServices, Comment(filterComment), match, $"-d {ip}/32 --dport {port.Port} -j", filterTarget);
        }

        if (port.NodePort > 0)
        {
            var nodePort = port.NodePort.ToString(CultureInfo.InvariantCulture);
            if (hasEndpoints)
                rules.Nat.Add(ChainNames.NodePorts, Comment(name), match, "--dport", nodePort, "-j", extChain);
            if (!hasExternalEndpoints)
                rules.Filter.Add(ChainNames.ExternalServices, Comment(filterComment), "-m addrtype --dst-type LOCAL", match, "--dport", nodePort, "-j", filterTarget);
        }

        if (!hasEndpoints)
            return;

        // Off-cluster clients of a cluster IP are masqueraded: a node may route the service range
        // for them and the reply must come back through it (upstream's local detector, IfNotLocal).
        rules.Nat.Add(svcChain, Comment($"{name} cluster IP"), match, $"-d {port.ClusterIP}/32 --dport {port.Port} ! -s {context.ClusterCidr} -j", ChainNames.MarkMasq);
        if (usesExternalChain)
            WriteExternalChain(rules, port, extChain, port.ExternalPolicyLocal ? svlChain : svcChain, svcChain, hasExternalEndpoints, context);

        WriteServiceToEndpointRules(rules, port, svcChain, cluster);
        if (port.ExternalPolicyLocal && local.Count > 0)
            WriteServiceToEndpointRules(rules, port, svlChain, local);
        foreach (var endpoint in cluster.Union(local))
            WriteEndpointChain(rules, port, endpoint);
    }

    private static void WriteExternalChain(RuleSet rules, ServicePortInfo port, string extChain, string policyChain, string clusterChain,
        bool hasExternalEndpoints, RuleContext context)
    {
        var name = port.Name;
        rules.Nat.Declare(extChain);
        if (!port.ExternalPolicyLocal)
        {
            // Cluster policy may send the connection to another node, so the reply must come back through this one.
            rules.Nat.Add(extChain, Comment($"masquerade traffic for {name} external destinations"), "-j", ChainNames.MarkMasq);
        }
        else
        {
            // Pods reaching an external address of the service act as if they went out to a load
            // balancer and came back: neither traffic policy applies to them.
            rules.Nat.Add(extChain, Comment($"pod traffic for {name} external destinations"), "-s", context.ClusterCidr, "-j", clusterChain);
            // The node itself picks the (local) external address as its source: that needs masquerade.
            rules.Nat.Add(extChain, Comment($"masquerade LOCAL traffic for {name} external destinations"), "-m addrtype --src-type LOCAL -j", ChainNames.MarkMasq);
            rules.Nat.Add(extChain, Comment($"route LOCAL traffic for {name} external destinations"), "-m addrtype --src-type LOCAL -j", clusterChain);
        }

        if (hasExternalEndpoints)
            rules.Nat.Add(extChain, "-j", policyChain);
    }
}
