using Dotkube.Proxy.Rules;

namespace Dotkube.Proxy.Iptables;

/// <summary>A rule in a built-in chain that sends packets into one of ours, kept outside iptables-restore so the built-in chains are never rewritten.</summary>
public sealed record JumpRule(string Table, string From, string To, string Comment, IReadOnlyList<string> Extra)
{
    /// <summary>Upstream's iptablesJumpChains (without the health-check and firewall-only ones we do not fill).</summary>
    public static IReadOnlyList<JumpRule> All { get; } =
    [
        new("filter", "INPUT", ChainNames.ExternalServices, "kubernetes externally-visible service portals", NewConnections),
        new("filter", "FORWARD", ChainNames.ExternalServices, "kubernetes externally-visible service portals", NewConnections),
        new("filter", "INPUT", ChainNames.NodePorts, "kubernetes health check service ports", []),
        new("filter", "FORWARD", ChainNames.Services, "kubernetes service portals", NewConnections),
        new("filter", "OUTPUT", ChainNames.Services, "kubernetes service portals", NewConnections),
        new("filter", "FORWARD", ChainNames.Forward, "kubernetes forwarding rules", []),
        new("filter", "INPUT", ChainNames.ProxyFirewall, "kubernetes load balancer firewall", NewConnections),
        new("filter", "OUTPUT", ChainNames.ProxyFirewall, "kubernetes load balancer firewall", NewConnections),
        new("filter", "FORWARD", ChainNames.ProxyFirewall, "kubernetes load balancer firewall", NewConnections),
        new("nat", "OUTPUT", ChainNames.Services, "kubernetes service portals", []),
        new("nat", "PREROUTING", ChainNames.Services, "kubernetes service portals", []),
        new("nat", "POSTROUTING", ChainNames.Postrouting, "kubernetes postrouting rules", []),
    ];

    private static string[] NewConnections => ["-m", "conntrack", "--ctstate", "NEW"];

    /// <summary>The rule as iptables arguments after <c>-C/-I/-D CHAIN</c>.</summary>
    public IReadOnlyList<string> Spec => ["-m", "comment", "--comment", Comment, .. Extra, "-j", To];
}
