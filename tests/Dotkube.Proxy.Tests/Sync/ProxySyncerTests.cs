using Dotkube.Proxy.Iptables;
using Dotkube.Proxy.Rules;
using Dotkube.Proxy.Sync;
using static Dotkube.Proxy.Tests.Rules.Objects;

namespace Dotkube.Proxy.Tests.Sync;

public sealed class ProxySyncerTests
{
    private readonly FakeRunner _runner = new();
    private readonly ProxySyncer _syncer;

    public ProxySyncerTests() =>
        _syncer = new ProxySyncer(new IptablesClient(_runner), new RuleContext("node-a", "10.42.0.0/16"), NullProxyMetrics.Instance, TimeProvider.System);

    private static IReadOnlyList<ServicePortEndpoints> Ports(string protocol, params string[] ips) => ServiceSnapshot.Build(
        [Service("ns1", "svc", "10.43.0.9", Port("p", 53, protocol))],
        [Slice("ns1", "svc", [SlicePort("p", 53, protocol)], [.. ips.Select(ip => Ready(ip))])]);

    [Fact]
    public async Task The_first_sync_is_full_and_ensures_every_jump_with_check_then_insert()
    {
        Assert.True(await _syncer.SyncAsync(Ports("TCP", "10.42.0.1"), forceFull: false, CancellationToken.None));

        Assert.Contains("-w 5 -t nat -C PREROUTING -m comment --comment kubernetes service portals -j KUBE-SERVICES", _runner.Lines("iptables"));
        Assert.Contains("-w 5 -t nat -I PREROUTING -m comment --comment kubernetes service portals -j KUBE-SERVICES", _runner.Lines("iptables"));
        Assert.Contains("-w 5 -t filter -I FORWARD -m comment --comment kubernetes forwarding rules -j KUBE-FORWARD", _runner.Lines("iptables"));
        Assert.Contains("-w 5 -t nat -N KUBE-POSTROUTING", _runner.Lines("iptables"));
        Assert.Single(_runner.Restores);
        Assert.Equal("-w 5 --noflush --counters", Assert.Single(_runner.Lines("iptables-restore")));
    }

    [Fact]
    public async Task A_later_sync_is_partial_and_touches_no_jump()
    {
        await _syncer.SyncAsync(Ports("TCP", "10.42.0.1"), false, CancellationToken.None);
        _runner.Commands.Clear();

        Assert.False(await _syncer.SyncAsync(Ports("TCP", "10.42.0.1", "10.42.0.2"), false, CancellationToken.None));

        Assert.Empty(_runner.Lines("iptables"));
        Assert.DoesNotContain(ChainNames.Endpoint("ns1/svc:p", "tcp", "10.42.0.1:53") + " - [0:0]", Assert.Single(_runner.Restores));
    }

    [Fact]
    public async Task A_full_sync_deletes_leftover_service_chains_but_not_others()
    {
        _runner.SaveOutput = "*nat\n:PREROUTING ACCEPT [0:0]\n:KUBE-SVC-LEFTOVERLEFTOVER - [0:0]\n:KUBE-SERVICES - [0:0]\n:CNI-abc - [0:0]\nCOMMIT\n";

        await _syncer.SyncAsync(Ports("TCP", "10.42.0.1"), false, CancellationToken.None);

        var restore = Assert.Single(_runner.Restores);
        Assert.Contains("-X KUBE-SVC-LEFTOVERLEFTOVER\n", restore);
        Assert.DoesNotContain("CNI-abc", restore);
        Assert.DoesNotContain("-X KUBE-SERVICES", restore);
    }

    [Fact]
    public async Task A_failed_restore_makes_the_next_sync_full()
    {
        await _syncer.SyncAsync(Ports("TCP", "10.42.0.1"), false, CancellationToken.None);
        _runner.FailRestore = true;
        await Assert.ThrowsAsync<IptablesException>(() => _syncer.SyncAsync(Ports("TCP", "10.42.0.2"), false, CancellationToken.None));
        _runner.FailRestore = false;

        Assert.True(await _syncer.SyncAsync(Ports("TCP", "10.42.0.2"), false, CancellationToken.None));
    }

    [Fact]
    public async Task A_removed_udp_endpoint_has_its_conntrack_entries_deleted()
    {
        await _syncer.SyncAsync(Ports("UDP", "10.42.0.1", "10.42.0.2"), false, CancellationToken.None);
        _runner.Commands.Clear();

        await _syncer.SyncAsync(Ports("UDP", "10.42.0.1"), false, CancellationToken.None);

        Assert.Equal(["-D -p udp --orig-dst 10.43.0.9 --dst-nat 10.42.0.2"], _runner.Lines("conntrack"));
    }

    [Fact]
    public async Task A_udp_port_that_gets_its_first_endpoint_forgets_the_rejected_flows()
    {
        await _syncer.SyncAsync(Ports("UDP"), false, CancellationToken.None);
        _runner.Commands.Clear();

        await _syncer.SyncAsync(Ports("UDP", "10.42.0.1"), false, CancellationToken.None);

        Assert.Equal(["-D -p udp --orig-dst 10.43.0.9"], _runner.Lines("conntrack"));
    }

    [Fact]
    public async Task Tcp_endpoint_changes_leave_conntrack_alone()
    {
        await _syncer.SyncAsync(Ports("TCP", "10.42.0.1", "10.42.0.2"), false, CancellationToken.None);
        await _syncer.SyncAsync(Ports("TCP", "10.42.0.1"), false, CancellationToken.None);

        Assert.Empty(_runner.Lines("conntrack"));
    }

    [Fact]
    public async Task Cleanup_deletes_the_jumps_and_every_KUBE_chain()
    {
        _runner.SaveOutput = "*nat\n:KUBE-SERVICES - [0:0]\n:KUBE-SEP-X - [0:0]\n:CNI-abc - [0:0]\nCOMMIT\n";

        await _syncer.CleanupAsync(CancellationToken.None);

        Assert.Contains("-w 5 -t nat -D PREROUTING -m comment --comment kubernetes service portals -j KUBE-SERVICES", _runner.Lines("iptables"));
        var restore = Assert.Single(_runner.Restores);
        Assert.Contains("-X KUBE-SERVICES\n", restore);
        Assert.Contains("-X KUBE-SEP-X\n", restore);
        Assert.DoesNotContain("CNI-abc", restore);
    }
}
