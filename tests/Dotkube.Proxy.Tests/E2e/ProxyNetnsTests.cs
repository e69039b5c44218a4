using Dotkube.Api.Discovery.V1;
using Dotkube.Proxy.Iptables;
using Dotkube.Proxy.Rules;
using Dotkube.Proxy.Sync;
using static Dotkube.Proxy.Tests.Rules.Objects;

namespace Dotkube.Proxy.Tests.E2e;

/// <summary>The proxy's rules in a real kernel, inside namespaces the test makes (<see cref="NetnsNode"/>).</summary>
public sealed class ProxyNetnsTests : IAsyncLifetime
{
    private const string ClusterIP = "10.43.99.10";
    private NetnsNode _node = null!;
    private ProxySyncer _syncer = null!;

    public async Task InitializeAsync()
    {
        _node = await NetnsNode.CreateAsync();
        _syncer = new ProxySyncer(new IptablesClient(new CommandRunner(_node.Prefix)), new RuleContext("node-a", "10.42.0.0/16"),
            NullProxyMetrics.Instance, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private Task SyncAsync(params EndpointSlice[] slices) => _syncer.SyncAsync(
        ServiceSnapshot.Build([Service("default", "web", ClusterIP, Port("http", 80))], slices), forceFull: false, CancellationToken.None);

    private static EndpointSlice WebSlice(int port, params string[] ips) => Slice("default", "web", [SlicePort("http", port)], [.. ips.Select(ip => Ready(ip))]);

    [Fact]
    public async Task A_cluster_ip_connection_is_DNATed_to_the_endpoint()
    {
        await _node.ServeAsync(8080, "one");

        await SyncAsync(WebSlice(8080, NetnsNode.PodIP));

        Assert.Equal("one", await _node.FetchAsync(ClusterIP, 80));
    }

    [Fact]
    public async Task Removing_an_endpoint_sends_every_new_connection_to_the_others()
    {
        await _node.ServeAsync(8080, "one");
        await _node.ServeAsync(8081, "two");
        var one = WebSlice(8080, NetnsNode.PodIP);
        var two = WebSlice(8081, NetnsNode.PodIP);
        two.Metadata.Name = "web-def";
        await SyncAsync(one, two);
        var seen = new HashSet<string>();
        for (var i = 0; i < 40 && seen.Count < 2; i++)
            seen.Add(await _node.FetchAsync(ClusterIP, 80));
        Assert.Equal(["one", "two"], seen.Order());

        await SyncAsync(two);

        for (var i = 0; i < 10; i++)
            Assert.Equal("two", await _node.FetchAsync(ClusterIP, 80));
    }

    [Fact]
    public async Task A_service_without_endpoints_refuses_connections()
    {
        await SyncAsync();

        Assert.Contains("refused", await _node.FetchAsync(ClusterIP, 80), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_deleted_service_leaves_no_chain_of_its_own()
    {
        await _node.ServeAsync(8080, "one");
        await SyncAsync(WebSlice(8080, NetnsNode.PodIP));
        Assert.Contains("KUBE-SEP-", await _node.SaveAsync());

        await _syncer.SyncAsync([], forceFull: false, CancellationToken.None);

        var save = await _node.SaveAsync();
        Assert.DoesNotContain("KUBE-SEP-", save);
        Assert.DoesNotContain("KUBE-SVC-", save);
    }

    [Fact]
    public async Task A_full_sync_after_a_restart_removes_the_previous_runs_chains()
    {
        await _node.ServeAsync(8080, "one");
        await SyncAsync(WebSlice(8080, NetnsNode.PodIP));
        var restarted = new ProxySyncer(new IptablesClient(new CommandRunner(_node.Prefix)), new RuleContext("node-a", "10.42.0.0/16"),
            NullProxyMetrics.Instance, TimeProvider.System);

        await restarted.SyncAsync([], forceFull: false, CancellationToken.None);

        Assert.DoesNotContain("KUBE-SEP-", await _node.SaveAsync());
    }

    [Fact]
    public async Task A_second_full_sync_adds_no_duplicate_jump()
    {
        await SyncAsync();
        await _syncer.SyncAsync([], forceFull: true, CancellationToken.None);

        var save = await _node.SaveAsync();
        Assert.Single(save.Split('\n'), l => l.StartsWith("-A PREROUTING", StringComparison.Ordinal) && l.Contains("KUBE-SERVICES", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cleanup_removes_every_KUBE_chain_and_jump()
    {
        await _node.ServeAsync(8080, "one");
        await SyncAsync(WebSlice(8080, NetnsNode.PodIP));

        await ServiceProxy.CleanupAsync(_node.Prefix, CancellationToken.None);

        Assert.DoesNotContain("KUBE-", await _node.SaveAsync());
        Assert.Equal("one", await _node.FetchAsync(NetnsNode.PodIP, 8080));
    }
}
