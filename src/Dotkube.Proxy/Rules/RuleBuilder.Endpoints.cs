using System.Globalization;

namespace Dotkube.Proxy.Rules;

public static partial class RuleBuilder
{
    /// <summary>
    /// As upstream's CategorizeEndpoints (without topology): cluster traffic goes to ready
    /// endpoints, or, when none is ready, to those still serving while terminating; local traffic
    /// (externalTrafficPolicy Local) to this node's endpoints, with the same fallback.
    /// </summary>
    internal static (List<EndpointInfo> Cluster, List<EndpointInfo> Local) Categorize(ServicePortEndpoints entry, string nodeName)
    {
        var cluster = Usable(entry.Endpoints);
        var local = entry.Port.ExternalPolicyLocal ? Usable(entry.Endpoints.Where(e => e.NodeName == nodeName).ToList()) : [];
        return (cluster, local);
    }

    private static List<EndpointInfo> Usable(IReadOnlyList<EndpointInfo> endpoints)
    {
        var ready = endpoints.Where(e => e.Ready).ToList();
        return ready.Count > 0 ? ready : endpoints.Where(e => e.Serving && e.Terminating).ToList();
    }

    /// <summary>
    /// The KUBE-SVC-/KUBE-SVL- chain: with ClientIP affinity first a <c>recent</c> check per endpoint
    /// (a client seen within the timeout returns to its endpoint), then endpoint i of n taken with
    /// probability 1/(n-i), so each gets 1/n of new connections; the last one takes the rest.
    /// </summary>
    private static void WriteServiceToEndpointRules(RuleSet rules, ServicePortInfo port, string chain, List<EndpointInfo> endpoints)
    {
        var name = port.Name;
        if (port.AffinitySeconds is { } seconds)
        {
            foreach (var endpoint in endpoints)
            {
                var sep = ChainNames.Endpoint(name, port.Proto, endpoint.ToString());
                rules.Nat.Add(chain, Comment(name), "-m recent --name", sep, "--rcheck --seconds", seconds.ToString(CultureInfo.InvariantCulture), "--reap -j", sep);
            }
        }

        for (var i = 0; i < endpoints.Count; i++)
        {
            var sep = ChainNames.Endpoint(name, port.Proto, endpoints[i].ToString());
            var comment = Comment($"{name} -> {endpoints[i]}");
            if (i < endpoints.Count - 1)
                rules.Nat.Add(chain, comment, "-m statistic --mode random --probability", Probability(endpoints.Count - i), "-j", sep);
            else
                rules.Nat.Add(chain, comment, "-j", sep);
        }
    }

    /// <summary>The KUBE-SEP- chain: masquerade hairpin traffic (the endpoint reaching itself through the service), then DNAT.</summary>
    private static void WriteEndpointChain(RuleSet rules, ServicePortInfo port, EndpointInfo endpoint)
    {
        var sep = ChainNames.Endpoint(port.Name, port.Proto, endpoint.ToString());
        var comment = Comment(port.Name);
        rules.Nat.Add(sep, comment, $"-s {endpoint.IP}/32 -j", ChainNames.MarkMasq);
        var affinity = port.AffinitySeconds is null ? "" : $" -m recent --name {sep} --set";
        rules.Nat.Add(sep, comment + affinity, $"-m {port.Proto} -p {port.Proto} -j DNAT --to-destination", endpoint.ToString());
    }

    /// <summary>1/n with ten decimals, as upstream's <c>%0.10f</c>.</summary>
    internal static string Probability(int n) => (1.0 / n).ToString("F10", CultureInfo.InvariantCulture);
}
