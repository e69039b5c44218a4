using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Client.Informers;

namespace Dotkube.Dns.Cluster;

/// <summary>
/// What the zone reads from the informer caches, through indexes so that a query costs a few
/// dictionary lookups whatever the cluster's size: Services by key and by cluster IP,
/// EndpointSlices by their Service (the kubernetes.io/service-name label) and by address,
/// Namespaces by name (a name in a missing namespace is NXDOMAIN, one in an existing namespace
/// NODATA, as CoreDNS). Objects are the caches' shared instances: read, never modify.
/// </summary>
internal sealed class ClusterView(Indexer<Service> services, Indexer<EndpointSlice> slices, Indexer<Namespace> namespaces)
{
    public const string ServicesByClusterIP = "dns/clusterIP";
    public const string SlicesByService = "dns/service";
    public const string SlicesByAddress = "dns/address";

    /// <summary>Adds the indexes this view reads; informers take them only before they start.</summary>
    public static void AddIndexes(Action<string, Func<Service, IEnumerable<string>>> serviceIndex,
        Action<string, Func<EndpointSlice, IEnumerable<string>>> sliceIndex)
    {
        serviceIndex(ServicesByClusterIP, ClusterIPs);
        sliceIndex(SlicesByService, s => s.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName) is { Length: > 0 } name
            ? [ObjectKeys.For(s.Metadata.Namespace, name)]
            : []);
        sliceIndex(SlicesByAddress, s => s.Endpoints.SelectMany(e => e.Addresses));
    }

    public bool NamespaceExists(string name) => namespaces.Get(null, name) is not null;

    public Service? Service(string ns, string name) => services.Get(ns, name);

    public IReadOnlyList<EndpointSlice> SlicesOf(string ns, string service) =>
        slices.ByIndex(SlicesByService, ObjectKeys.For(ns, service));

    public IReadOnlyList<Service> ServicesWithClusterIP(string ip) => services.ByIndex(ServicesByClusterIP, ip);

    public IReadOnlyList<EndpointSlice> SlicesWithAddress(string ip) => slices.ByIndex(SlicesByAddress, ip);

    /// <summary>spec.clusterIPs, or spec.clusterIP for objects written before dual-stack; never "None".</summary>
    public static IEnumerable<string> ClusterIPs(Service s)
    {
        IEnumerable<string> ips = s.Spec.ClusterIPs is { Count: > 0 } all ? all : s.Spec.ClusterIP is { } one ? [one] : [];
        return ips.Where(ip => ip.Length > 0 && ip != Api.Core.V1.Service.ClusterIPNone);
    }

    public static bool IsHeadless(Service s) => s.Spec.ClusterIP == Api.Core.V1.Service.ClusterIPNone;
}
