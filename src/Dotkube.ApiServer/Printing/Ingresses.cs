using Dotkube.Api.Networking.V1;

namespace Dotkube.ApiServer.Printing;

/// <summary>printIngress: NAME CLASS HOSTS ADDRESS PORTS AGE.</summary>
internal static class Ingresses
{
    private const int Shown = 3;

    public static TablePrinter Printer { get; } = TablePrinter.For<Ingress>(
        [
            Column.Name(),
            Column.String("Class", "The name of the IngressClass resource that should be used for additional configuration"),
            Column.String("Hosts", "Hosts that incoming requests are matched against before the ingress rule"),
            Column.String("Address", "Address is a list containing ingress points for the load-balancer"),
            Column.String("Ports", "Ports of TLS configurations that open"),
            Column.Age(),
        ],
        (ingress, row) => row
            .Add(ingress.Metadata.Name)
            .Add(ingress.Spec.IngressClassName ?? Format.None)
            .Add(Hosts(ingress.Spec.Rules))
            .Add(Format.LoadBalancerAddresses(ingress.Status.LoadBalancer.Ingress?.Select(i => (i.Ip, i.Hostname))))
            .Add(ingress.Spec.Tls is { Count: > 0 } ? "80, 443" : "80")
            .Age(ingress.Metadata.CreationTimestamp));

    /// <summary>formatHosts: the first three rule hosts, "+ N more..." counting rules, "*" when no rule names a host.</summary>
    internal static string Hosts(IReadOnlyList<IngressRule>? rules)
    {
        rules ??= [];
        var shown = new List<string>(Shown);
        var more = false;
        foreach (var rule in rules)
        {
            if (shown.Count == Shown)
            {
                more = true;
            }

            if (!more && !string.IsNullOrEmpty(rule.Host))
            {
                shown.Add(rule.Host);
            }
        }

        if (shown.Count == 0)
        {
            return "*";
        }

        var text = string.Join(",", shown);
        return more ? text + " + " + Format.Int(rules.Count - Shown) + " more..." : text;
    }
}
