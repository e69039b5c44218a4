using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Proxy.Rules;
using static Dotkube.Proxy.Tests.Rules.Objects;

namespace Dotkube.Proxy.Tests.Rules;

public sealed class RuleBuilderTests
{
    private const string Svc = "KUBE-SVC-XPGD46QRK7WJZT7O";
    private const string Ext = "KUBE-EXT-XPGD46QRK7WJZT7O";
    private const string Sep1 = "KUBE-SEP-SXIVWICOYRO3J4NJ";
    private static readonly RuleContext Context = new("node-a", "10.42.0.0/16");

    private static readonly Service Svc1 = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80));

    private static EndpointSlice Slice1(params Endpoint[] endpoints) => Slice("ns1", "svc1", [SlicePort("p80", 8080)], endpoints);

    private static RuleSet Build(Service service, params EndpointSlice[] slices) => RuleBuilder.Build(ServiceSnapshot.Build([service], slices), Context);

    private static string[] Lines(TableRules table, string chain) => [.. table.RulesOf(chain).Select(r => $"-A {chain} {r}")];

    private static Service LocalNodePortService()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80, nodePort: 30080));
        service.Spec.Type = ServiceType.NodePort;
        service.Spec.ExternalTrafficPolicy = ServiceExternalTrafficPolicy.Local;
        return service;
    }

    private static string Sep(string endpoint) => ChainNames.Endpoint("ns1/svc1:p80", "tcp", endpoint);

    [Fact]
    public void A_cluster_ip_jumps_from_KUBE_SERVICES_to_its_service_chain_with_upstreams_comment()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.5")));

        Assert.Equal(
        [
            $"-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 cluster IP\" -m tcp -p tcp -d 10.43.0.41/32 --dport 80 -j {Svc}",
            "-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS",
        ], Lines(rules.Nat, "KUBE-SERVICES"));
    }

    [Fact]
    public void The_service_chain_masquerades_off_cluster_sources_then_picks_the_endpoint()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.5")));

        Assert.Equal(
        [
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 cluster IP\" -m tcp -p tcp -d 10.43.0.41/32 --dport 80 ! -s 10.42.0.0/16 -j KUBE-MARK-MASQ",
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.5:8080\" -j {Sep("10.42.0.5:8080")}",
        ], Lines(rules.Nat, Svc));
    }

    [Fact]
    public void The_endpoint_chain_masquerades_hairpin_traffic_and_DNATs_to_the_pod_port()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.5")));
        var sep = Sep("10.42.0.5:8080");

        Assert.Equal(
        [
            $"-A {sep} -m comment --comment ns1/svc1:p80 -s 10.42.0.5/32 -j KUBE-MARK-MASQ",
            $"-A {sep} -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.42.0.5:8080",
        ], Lines(rules.Nat, sep));
    }

    [Fact]
    public void Three_endpoints_get_probabilities_one_third_then_one_half_then_the_rest()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.7"), Ready("10.42.0.5"), Ready("10.42.0.6")));

        Assert.Equal(
        [
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.5:8080\" -m statistic --mode random --probability 0.3333333333 -j {Sep("10.42.0.5:8080")}",
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.6:8080\" -m statistic --mode random --probability 0.5000000000 -j {Sep("10.42.0.6:8080")}",
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.7:8080\" -j {Sep("10.42.0.7:8080")}",
        ], Lines(rules.Nat, Svc).Skip(1));
    }

    [Theory]
    [InlineData(1, "1.0000000000")]
    [InlineData(3, "0.3333333333")]
    [InlineData(7, "0.1428571429")]
    [InlineData(10, "0.1000000000")]
    public void Probabilities_have_ten_decimals_as_upstreams_format(int n, string expected) =>
        Assert.Equal(expected, RuleBuilder.Probability(n));

    [Fact]
    public void The_upstream_example_endpoint_gets_the_upstream_chain_name()
    {
        var rules = Build(Service("ns1", "svc1", "172.30.0.41", Port("p80", 80)), Slice("ns1", "svc1", [SlicePort("p80", 80)], Ready("10.180.0.1")));

        Assert.Equal($"-A {Sep1} -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.180.0.1:80", Lines(rules.Nat, Sep1)[1]);
    }

    [Fact]
    public void Client_ip_affinity_checks_recent_clients_first_and_records_them_in_the_endpoint_chain()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80));
        service.Spec.SessionAffinity = ServiceAffinity.ClientIP;
        service.Spec.SessionAffinityConfig = new SessionAffinityConfig { ClientIP = new ClientIPConfig { TimeoutSeconds = 600 } };
        var rules = Build(service, Slice1(Ready("10.42.0.5"), Ready("10.42.0.6")));
        var (sep5, sep6) = (Sep("10.42.0.5:8080"), Sep("10.42.0.6:8080"));

        Assert.Equal(
        [
            $"-A {Svc} -m comment --comment ns1/svc1:p80 -m recent --name {sep5} --rcheck --seconds 600 --reap -j {sep5}",
            $"-A {Svc} -m comment --comment ns1/svc1:p80 -m recent --name {sep6} --rcheck --seconds 600 --reap -j {sep6}",
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.5:8080\" -m statistic --mode random --probability 0.5000000000 -j {sep5}",
            $"-A {Svc} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.6:8080\" -j {sep6}",
        ], Lines(rules.Nat, Svc).Skip(1));
        Assert.Equal($"-A {sep5} -m comment --comment ns1/svc1:p80 -m recent --name {sep5} --set -m tcp -p tcp -j DNAT --to-destination 10.42.0.5:8080",
            Lines(rules.Nat, sep5)[1]);
    }

    [Fact]
    public void Client_ip_affinity_defaults_to_three_hours()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80));
        service.Spec.SessionAffinity = ServiceAffinity.ClientIP;

        Assert.Contains("--rcheck --seconds 10800 --reap", Lines(Build(service, Slice1(Ready("10.42.0.5"))).Nat, Svc)[1]);
    }

    [Fact]
    public void A_port_without_endpoints_is_rejected_in_the_filter_table_and_has_no_nat_chains()
    {
        var rules = Build(Svc1, Slice1(NotReady("10.42.0.5")));

        Assert.Equal(["-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 has no endpoints\" -m tcp -p tcp -d 10.43.0.41/32 --dport 80 -j REJECT"],
            Lines(rules.Filter, "KUBE-SERVICES"));
        Assert.DoesNotContain(rules.Nat.ChainNames, ChainNames.IsServiceChain);
        Assert.Single(Lines(rules.Nat, "KUBE-SERVICES"));
    }

    [Fact]
    public void A_service_without_any_slice_is_rejected_too()
    {
        var rules = Build(Svc1);

        Assert.Single(Lines(rules.Filter, "KUBE-SERVICES"));
    }

    [Fact]
    public void Only_ready_endpoints_receive_traffic()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.5"), NotReady("10.42.0.6"), Terminating("10.42.0.7", serving: true)));

        Assert.Equal([Sep("10.42.0.5:8080")], rules.Nat.ChainNames.Where(c => c.StartsWith("KUBE-SEP-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Serving_terminating_endpoints_take_traffic_when_none_is_ready()
    {
        var rules = Build(Svc1, Slice1(NotReady("10.42.0.5"), Terminating("10.42.0.6", serving: true), Terminating("10.42.0.7", serving: false)));

        Assert.Equal([Sep("10.42.0.6:8080")], rules.Nat.ChainNames.Where(c => c.StartsWith("KUBE-SEP-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_node_port_goes_through_the_external_chain_which_masquerades_for_cluster_policy()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80, nodePort: 30080));
        service.Spec.Type = ServiceType.NodePort;
        var rules = Build(service, Slice1(Ready("10.42.0.5")));

        Assert.Equal([$"-A KUBE-NODEPORTS -m comment --comment ns1/svc1:p80 -m tcp -p tcp --dport 30080 -j {Ext}"], Lines(rules.Nat, "KUBE-NODEPORTS"));
        Assert.Equal(
        [
            $"-A {Ext} -m comment --comment \"masquerade traffic for ns1/svc1:p80 external destinations\" -j KUBE-MARK-MASQ",
            $"-A {Ext} -j {Svc}",
        ], Lines(rules.Nat, Ext));
    }

    [Fact]
    public void A_node_port_of_a_cluster_ip_service_is_ignored()
    {
        var rules = Build(Service("ns1", "svc1", "10.43.0.41", Port("p80", 80, nodePort: 30080)), Slice1(Ready("10.42.0.5")));

        Assert.Empty(Lines(rules.Nat, "KUBE-NODEPORTS"));
        Assert.False(rules.Nat.HasChain(Ext));
    }

    [Fact]
    public void A_node_port_without_endpoints_is_rejected_on_local_addresses()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80, nodePort: 30080));
        service.Spec.Type = ServiceType.NodePort;
        var rules = Build(service);

        Assert.Equal(["-A KUBE-EXTERNAL-SERVICES -m comment --comment \"ns1/svc1:p80 has no endpoints\" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30080 -j REJECT"],
            Lines(rules.Filter, "KUBE-EXTERNAL-SERVICES"));
    }

    [Fact]
    public void External_ips_and_load_balancer_ingress_ips_jump_to_the_external_chain()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80, nodePort: 30080));
        service.Spec.Type = ServiceType.LoadBalancer;
        service.Spec.ExternalIPs = ["192.168.99.22"];
        service.Status.LoadBalancer.Ingress = [new LoadBalancerIngress { IP = "1.2.3.4" }, new LoadBalancerIngress { IP = "5.6.7.8", IPMode = LoadBalancerIPMode.Proxy }];
        var rules = Build(service, Slice1(Ready("10.42.0.5")));

        Assert.Equal(
        [
            $"-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 cluster IP\" -m tcp -p tcp -d 10.43.0.41/32 --dport 80 -j {Svc}",
            $"-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 external IP\" -m tcp -p tcp -d 192.168.99.22/32 --dport 80 -j {Ext}",
            $"-A KUBE-SERVICES -m comment --comment \"ns1/svc1:p80 loadbalancer IP\" -m tcp -p tcp -d 1.2.3.4/32 --dport 80 -j {Ext}",
        ], Lines(rules.Nat, "KUBE-SERVICES").SkipLast(1));
    }

    [Fact]
    public void External_ips_without_endpoints_are_rejected()
    {
        var service = Service("ns1", "svc1", "10.43.0.41", Port("p80", 80));
        service.Spec.ExternalIPs = ["192.168.99.22"];
        var rules = Build(service);

        Assert.Equal(["-A KUBE-EXTERNAL-SERVICES -m comment --comment \"ns1/svc1:p80 has no endpoints\" -m tcp -p tcp -d 192.168.99.22/32 --dport 80 -j REJECT"],
            Lines(rules.Filter, "KUBE-EXTERNAL-SERVICES"));
    }

    [Fact]
    public void Local_policy_sends_external_traffic_to_local_endpoints_only_and_short_circuits_pods_and_the_node()
    {
        var service = LocalNodePortService();
        var rules = Build(service, Slice1(Ready("10.42.0.5", "node-a"), Ready("10.42.1.5", "node-b")));
        var svl = ChainNames.ServiceLocal("ns1/svc1:p80", "tcp");

        Assert.Equal(
        [
            $"-A {Ext} -m comment --comment \"pod traffic for ns1/svc1:p80 external destinations\" -s 10.42.0.0/16 -j {Svc}",
            $"-A {Ext} -m comment --comment \"masquerade LOCAL traffic for ns1/svc1:p80 external destinations\" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ",
            $"-A {Ext} -m comment --comment \"route LOCAL traffic for ns1/svc1:p80 external destinations\" -m addrtype --src-type LOCAL -j {Svc}",
            $"-A {Ext} -j {svl}",
        ], Lines(rules.Nat, Ext));
        Assert.Equal([$"-A {svl} -m comment --comment \"ns1/svc1:p80 -> 10.42.0.5:8080\" -j {Sep("10.42.0.5:8080")}"], Lines(rules.Nat, svl));
    }

    [Fact]
    public void Local_policy_without_local_endpoints_drops_external_traffic()
    {
        var service = LocalNodePortService();
        var rules = Build(service, Slice1(Ready("10.42.1.5", "node-b")));

        Assert.Equal(["-A KUBE-EXTERNAL-SERVICES -m comment --comment \"ns1/svc1:p80 has no local endpoints\" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 30080 -j DROP"],
            Lines(rules.Filter, "KUBE-EXTERNAL-SERVICES"));
        Assert.DoesNotContain(Lines(rules.Nat, Ext), l => l.Contains("KUBE-SVL-", StringComparison.Ordinal));
    }

    [Fact]
    public void Udp_ports_match_udp()
    {
        var rules = Build(Service("ns1", "dns", "10.43.0.10", Port("dns", 53, "UDP")), Slice("ns1", "dns", [SlicePort("dns", 53, "UDP")], Ready("10.42.0.9")));
        var svc = ChainNames.Service("ns1/dns:dns", "udp");

        Assert.Contains($"-A KUBE-SERVICES -m comment --comment \"ns1/dns:dns cluster IP\" -m udp -p udp -d 10.43.0.10/32 --dport 53 -j {svc}",
            Lines(rules.Nat, "KUBE-SERVICES"));
    }

    [Fact]
    public void An_unnamed_port_is_named_after_the_service_alone()
    {
        var rules = Build(Service("ns1", "svc1", "10.43.0.41", Port(null, 80)), Slice("ns1", "svc1", [SlicePort(null, 8080)], Ready("10.42.0.5")));

        Assert.True(rules.Nat.HasChain(ChainNames.Service("ns1/svc1", "tcp")));
    }

    [Fact]
    public void Headless_and_external_name_services_get_no_rules()
    {
        var headless = Service("ns1", "svc1", Dotkube.Api.Core.V1.Service.ClusterIPNone, Port("p80", 80));
        var externalName = Service("ns1", "svc2", "", Port("p80", 80));
        externalName.Spec.Type = ServiceType.ExternalName;

        Assert.Empty(ServiceSnapshot.Build([headless, externalName], [Slice1(Ready("10.42.0.5"))]));
    }

    [Fact]
    public void Endpoints_listed_in_two_slices_are_used_once()
    {
        var rules = Build(Svc1, Slice1(Ready("10.42.0.5")), Slice1(Ready("10.42.0.5")));

        Assert.Single(Lines(rules.Nat, Svc).Skip(1));
    }

    [Fact]
    public void The_fixed_chains_mark_masquerade_and_forward_as_upstream()
    {
        var rules = Build(Svc1);

        Assert.Equal(["-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000"], Lines(rules.Nat, "KUBE-MARK-MASQ"));
        Assert.Equal(
        [
            "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
            "-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000",
            "-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE --random-fully",
        ], Lines(rules.Nat, "KUBE-POSTROUTING"));
        Assert.Equal(
        [
            "-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP",
            "-A KUBE-FORWARD -m comment --comment \"kubernetes forwarding rules\" -m mark --mark 0x4000/0x4000 -j ACCEPT",
            "-A KUBE-FORWARD -m comment --comment \"kubernetes forwarding conntrack rule\" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        ], Lines(rules.Filter, "KUBE-FORWARD"));
    }
}
