using System.Net;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Config;
using Dotkube.Client.Informers;
using Dotkube.Client.Rest;
using Dotkube.Dns.Protocol;
using Dotkube.Dns.Tests.Support;
using Dotkube.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Endpoint = Dotkube.Api.Discovery.V1.Endpoint;
using EndpointPort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Dns.Tests.Server;

/// <summary>
/// A real in-process API server with a namespace of Services and EndpointSlices, our DNS server
/// on 127.0.0.1 (a free port) reading them through informers, and a stand-in upstream resolver
/// that knows example.com.
/// </summary>
public sealed class DnsClusterFixture : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private InProcessCluster _cluster = null!;

    public KubeClient Client { get; private set; } = null!;

    public DnsServer Server { get; private set; } = null!;

    internal FakeUpstream Upstream { get; private set; } = null!;

    public InMemoryDnsMetrics Metrics { get; } = new();

    public string Namespace { get; } = "dns-" + Guid.NewGuid().ToString("N")[..8];

    public string WebClusterIP { get; private set; } = "";

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Server.Port);

    public async Task InitializeAsync()
    {
        _cluster = await InProcessCluster.StartAsync();
        Client = new KubeClient(KubeconfigLoader.Load(_cluster.KubeconfigPath));
        await Client.CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = Namespace } });
        var web = await Client.CreateAsync(new Service
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = Namespace },
            Spec = new ServiceSpec { Ports = [new ServicePort { Name = "http", Port = 80, Protocol = "TCP" }] },
        });
        WebClusterIP = web.Spec.ClusterIP!;
        await CreateHeadlessAsync("db", [Ready("10.42.7.1", "db-0"), Ready("10.42.7.2", "db-1"), new Endpoint { Addresses = ["10.42.7.3"], Conditions = new EndpointConditions { Ready = false } }]);
        await CreateHeadlessAsync("big", [.. Enumerable.Range(1, 60).Select(i => Ready($"10.42.8.{i}", null))]);
        await Client.CreateAsync(new Service
        {
            Metadata = new ObjectMeta { Name = "ext", Namespace = Namespace },
            Spec = new ServiceSpec { Type = ServiceType.ExternalName, ExternalName = "example.com" },
        });

        Upstream = new FakeUpstream(q => q.Name == "example.com." && q.Type == RecordType.A
            ? FakeUpstream.Reply(ResponseCode.NoError, new ResourceRecord(q.Name, RecordType.A, 60, new AddressData(IPAddress.Parse("93.184.216.34"))))
            : FakeUpstream.Reply(ResponseCode.NameError));
        var informers = new SharedInformerFactory(Client, TimeProvider.System, NullLoggerFactory.Instance);
        Server = await DnsServer.StartAsync(
            new DnsServerOptions { Address = IPAddress.Loopback, Port = 0, Upstreams = [Upstream.EndPoint], Metrics = Metrics },
            informers, NullLoggerFactory.Instance, TimeProvider.System, _stop.Token);
        Assert.True(await Server.WaitForCacheSyncAsync(_stop.Token));
    }

    public async Task CreateHeadlessAsync(string name, IEnumerable<Endpoint> endpoints)
    {
        await Client.CreateAsync(new Service
        {
            Metadata = new ObjectMeta { Name = name, Namespace = Namespace },
            Spec = new ServiceSpec { ClusterIP = Service.ClusterIPNone, Ports = [new ServicePort { Name = "pg", Port = 5432, Protocol = "TCP" }] },
        });
        await Client.CreateAsync(new EndpointSlice
        {
            Metadata = new ObjectMeta { Name = name + "-abc", Namespace = Namespace, Labels = new() { [EndpointSliceLabels.ServiceName] = name } },
            AddressType = AddressType.IPv4,
            Endpoints = [.. endpoints],
            Ports = [new EndpointPort { Name = "pg", Port = 5432, Protocol = "TCP" }],
        });
    }

    public static Endpoint Ready(string ip, string? hostname) =>
        new() { Addresses = [ip], Hostname = hostname, Conditions = new EndpointConditions { Ready = true } };

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _stop.CancelAsync();
        await Upstream.DisposeAsync();
        Client.Dispose();
        await _cluster.DisposeAsync();
        _stop.Dispose();
    }
}
