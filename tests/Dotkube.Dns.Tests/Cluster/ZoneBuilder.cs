using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Informers;
using Dotkube.Dns.Cluster;
using EndpointPort = Dotkube.Api.Discovery.V1.EndpointPort;

namespace Dotkube.Dns.Tests.Cluster;

/// <summary>Fills informer caches by hand, as client-go tests fill an indexer, and builds a zone over them.</summary>
internal sealed class ZoneBuilder
{
    private readonly Indexer<Service> _services = new();
    private readonly Indexer<EndpointSlice> _slices = new();
    private readonly Indexer<Namespace> _namespaces = new();

    public ZoneBuilder()
    {
        ClusterView.AddIndexes(_services.AddIndex, _slices.AddIndex);
    }

    public ZoneBuilder Namespace(string name)
    {
        _namespaces.Upsert(new Namespace { Metadata = new ObjectMeta { Name = name, ResourceVersion = "1" } });
        return this;
    }

    public ZoneBuilder ClusterIP(string ns, string name, string ip, params ServicePort[] ports) =>
        Add(new Service { Metadata = Meta(ns, name), Spec = new ServiceSpec { Type = ServiceType.ClusterIP, ClusterIP = ip, ClusterIPs = [ip], Ports = [.. ports] } });

    public ZoneBuilder Headless(string ns, string name, bool publishNotReady = false) =>
        Add(new Service { Metadata = Meta(ns, name), Spec = new ServiceSpec { ClusterIP = Service.ClusterIPNone, PublishNotReadyAddresses = publishNotReady } });

    public ZoneBuilder ExternalName(string ns, string name, string externalName) =>
        Add(new Service { Metadata = Meta(ns, name), Spec = new ServiceSpec { Type = ServiceType.ExternalName, ExternalName = externalName } });

    public ZoneBuilder Slice(string ns, string service, IEnumerable<Endpoint> endpoints, params EndpointPort[] ports)
    {
        var meta = Meta(ns, service + "-" + _slices.Count);
        meta.Labels = new Dictionary<string, string> { [EndpointSliceLabels.ServiceName] = service };
        _slices.Upsert(new EndpointSlice { Metadata = meta, AddressType = AddressType.IPv4, Endpoints = [.. endpoints], Ports = [.. ports] });
        return this;
    }

    public ClusterZone Build() =>
        new(new ClusterView(_services, _slices, _namespaces), "cluster.local.", TimeSpan.FromSeconds(5), () => 42);

    public static ServicePort Port(string? name, int port, string protocol = "TCP") => new() { Name = name, Port = port, Protocol = protocol };

    public static EndpointPort SlicePort(string? name, int port, string protocol = "TCP") => new() { Name = name, Port = port, Protocol = protocol };

    public static Endpoint Ready(string ip, string? hostname = null) => new() { Addresses = [ip], Hostname = hostname, Conditions = new EndpointConditions { Ready = true } };

    public static Endpoint NotReady(string ip) => new() { Addresses = [ip], Conditions = new EndpointConditions { Ready = false } };

    private ZoneBuilder Add(Service service)
    {
        _services.Upsert(service);
        return this;
    }

    private static ObjectMeta Meta(string ns, string name) => new() { Namespace = ns, Name = name, ResourceVersion = "1" };
}
