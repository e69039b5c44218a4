using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using static Dotkube.Proxy.Tests.Rules.Objects;

namespace Dotkube.Proxy.Tests.E2e;

/// <summary>The whole proxy: Services and EndpointSlices written to a real API server become rules in a test namespace.</summary>
public sealed class ServiceProxyTests : IAsyncLifetime
{
    private const string ClusterIP = "10.43.99.20";
    private readonly CancellationTokenSource _stop = new();
    private NetnsNode _node = null!;
    private InProcessCluster _cluster = null!;
    private KubeClient _client = null!;
    private string _ns = "";

    public async Task InitializeAsync()
    {
        _node = await NetnsNode.CreateAsync();
        _cluster = await InProcessCluster.StartAsync();
        _client = new KubeClient(KubeconfigLoader.Load(_cluster.KubeconfigPath));
        _ns = "t-" + Guid.NewGuid().ToString("N")[..8];
        await _client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = _ns } });
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        await _cluster.DisposeAsync();
        await _node.DisposeAsync();
        _stop.Dispose();
    }

    [Fact]
    public async Task Endpoint_slice_changes_reach_the_rules_and_their_removal_refuses_connections()
    {
        await _node.ServeAsync(8080, "one");
        await _client.CreateAsync(Service(_ns, "web", ClusterIP, Port("http", 80)));
        await _client.CreateAsync(Slice(_ns, "web", [SlicePort("http", 8080)], Ready(NetnsNode.PodIP)));
        var informers = new SharedInformerFactory(_client, TimeProvider.System, NullLoggerFactory.Instance);
        var options = new ProxyOptions { NodeName = "node-a", CommandPrefix = _node.Prefix, MinSyncPeriod = TimeSpan.FromMilliseconds(100) };

        await using (var proxy = await ServiceProxy.StartAsync(options, informers, NullLoggerFactory.Instance, TimeProvider.System, _stop.Token))
        {
            await EventuallyAsync(() => _node.FetchAsync(ClusterIP, 80), body => body == "one", "the service to answer through its endpoint");

            await _client.DeleteAsync<EndpointSlice>(_ns, "web-abc");

            await EventuallyAsync(() => _node.FetchAsync(ClusterIP, 80), body => body.Contains("refused", StringComparison.OrdinalIgnoreCase),
                "the service without endpoints to refuse");
        }

        await ServiceProxy.CleanupAsync(_node.Prefix, CancellationToken.None);
        Assert.DoesNotContain("KUBE-", await _node.SaveAsync());
    }

    private static async Task EventuallyAsync(Func<Task<string>> probe, Func<string, bool> done, string what)
    {
        var last = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline;)
        {
            last = await probe();
            if (done(last))
                return;
            await Task.Delay(100);
        }

        Assert.Fail($"timed out waiting for {what}; last answer: {last}");
    }
}
