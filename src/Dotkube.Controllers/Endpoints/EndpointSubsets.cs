using Dotkube.Api.Core.V1;
using Dotkube.Controllers.Common;

namespace Dotkube.Controllers.Endpoints;

/// <summary>
/// The subsets of a service's Endpoints: one address per backing pod and port, then repacked into
/// the canonical layout (upstream's syncService body and endpoints.RepackSubsets), so that equal
/// inputs give equal output and a no-op sync writes nothing.
/// </summary>
public static class EndpointSubsets
{
    /// <summary>Above this many addresses the Endpoints object is truncated (upstream's maxCapacity).</summary>
    public const int MaxCapacity = 1000;

    /// <summary>
    /// The repacked, untruncated subsets for <paramref name="service"/> backed by <paramref name="pods"/>:
    /// pods that should be endpoints (terminating ones only with publishNotReadyAddresses), ready
    /// ones (or all with publishNotReadyAddresses) in addresses, the rest in notReadyAddresses, each
    /// service port resolved per pod. A headless service without ports lists bare addresses.
    /// </summary>
    public static List<EndpointSubset> Build(Service service, IEnumerable<Pod> pods)
    {
        var publishNotReady = service.Spec.PublishNotReadyAddresses == true;
        var expanded = new List<EndpointSubset>();
        foreach (var pod in pods)
        {
            if (!ServiceEndpoints.ShouldPodBeInEndpoints(pod, includeTerminating: publishNotReady) || AddressFor(service, pod) is not { } address)
                continue;
            var ready = publishNotReady || PodState.IsReady(pod);
            var ports = service.Spec.Ports ?? [];
            if (ports.Count == 0)
            {
                // As upstream: only a headless service may have no ports.
                if (service.Spec.ClusterIP == Service.ClusterIPNone)
                    expanded.Add(Single(address, ready, null));
                continue;
            }

            foreach (var servicePort in ports)
            {
                if (!ServiceEndpoints.TryFindPort(pod, servicePort, out var number))
                    continue;
                var port = new EndpointPort
                {
                    Name = servicePort.Name,
                    Port = number,
                    Protocol = servicePort.Protocol,
                    AppProtocol = servicePort.AppProtocol,
                };
                expanded.Add(Single(address, ready, port));
            }
        }

        return Repack(expanded);
    }

    /// <summary>
    /// The address of <paramref name="pod"/> for <paramref name="service"/>: its IP of the service's
    /// primary family (spec.ipFamilies[0], else the cluster IP's family, else for a headless service
    /// the pod's primary IP's family), with nodeName, a Pod targetRef, and the hostname when
    /// the pod's subdomain names the service. Null when the pod has no IP of that family.
    /// </summary>
    public static EndpointAddress? AddressFor(Service service, Pod pod)
    {
        string family;
        if (service.Spec.IPFamilies is [var first, ..])
            family = first;
        else if (!ServiceEndpoints.IsHeadless(service))
            family = ServiceEndpoints.IsIPv6(service.Spec.ClusterIP!) ? "IPv6" : "IPv4";
        else
            family = ServiceEndpoints.PodIps(pod) is [var primary, ..] && ServiceEndpoints.IsIPv6(primary) ? "IPv6" : "IPv4";

        var ip = ServiceEndpoints.PodIpsOfFamily(pod, family).FirstOrDefault();
        if (ip is null)
            return null;
        return new EndpointAddress
        {
            IP = ip,
            NodeName = string.IsNullOrEmpty(pod.Spec.NodeName) ? null : pod.Spec.NodeName,
            TargetRef = ServiceEndpoints.PodReference(pod),
            Hostname = ServiceEndpoints.ShouldSetHostname(pod, service) ? pod.Spec.Hostname : null,
        };
    }

    /// <summary>
    /// The canonical layout of <paramref name="subsets"/> (endpoints.RepackSubsets): addresses,
    /// deduplicated by IP and target UID, grouped by the exact set of ports they serve, one subset
    /// per group; an address not ready on a port is not ready there even if another subset lists it
    /// as ready. Addresses are sorted by IP then UID as upstream; ports and subsets in a fixed
    /// order of our own (upstream orders them by a hash of their Go representation).
    /// </summary>
    public static List<EndpointSubset> Repack(IEnumerable<EndpointSubset> subsets)
    {
        var addresses = new Dictionary<(string Ip, string? Uid), EndpointAddress>();
        // Port (null: the "no port" sentinel) -> address -> ready.
        var byPort = new Dictionary<PortKey, Dictionary<(string Ip, string? Uid), bool>>();
        foreach (var subset in subsets)
        {
            var ports = subset.Ports is { Count: > 0 } list ? list.Select(PortKey.Of).ToList() : [PortKey.None];
            foreach (var port in ports)
            {
                var set = byPort.TryGetValue(port, out var existing) ? existing : byPort[port] = [];
                foreach (var (address, ready) in Listed(subset))
                {
                    var key = (address.IP, address.TargetRef?.Uid);
                    addresses.TryAdd(key, address);
                    set[key] = set.TryGetValue(key, out var wasReady) ? wasReady && ready : ready;
                }
            }
        }

        var groups = byPort.GroupBy(p => Signature(p.Value), StringComparer.Ordinal);
        var result = new List<EndpointSubset>();
        foreach (var group in groups)
        {
            var set = group.First().Value;
            var ports = group.Select(g => g.Key).Where(p => p != PortKey.None).Order().Select(p => p.ToPort()).ToList();
            result.Add(new EndpointSubset
            {
                Addresses = NullIfEmpty(Sorted(set.Where(a => a.Value).Select(a => addresses[a.Key]))),
                NotReadyAddresses = NullIfEmpty(Sorted(set.Where(a => !a.Value).Select(a => addresses[a.Key]))),
                Ports = NullIfEmpty(ports),
            });
        }

        result.Sort(CompareSubsets);
        return result;
    }

    /// <summary>
    /// Cuts <paramref name="subsets"/> to <see cref="MaxCapacity"/> addresses (upstream's
    /// truncateEndpoints): ready addresses win; the ones kept are spread over the subsets in
    /// proportion to their size, rounded up. True when anything was cut.
    /// </summary>
    public static bool Truncate(List<EndpointSubset> subsets, int maxCapacity = MaxCapacity)
    {
        var totalReady = subsets.Sum(s => s.Addresses?.Count ?? 0);
        var totalNotReady = subsets.Sum(s => s.NotReadyAddresses?.Count ?? 0);
        if (totalReady + totalNotReady <= maxCapacity)
            return false;

        var truncateReady = totalReady > maxCapacity;
        var budget = truncateReady ? maxCapacity : maxCapacity - totalReady;
        var total = truncateReady ? totalReady : totalNotReady;
        var left = budget;
        foreach (var subset in subsets)
        {
            var inSubset = (truncateReady ? subset.Addresses : subset.NotReadyAddresses)?.Count ?? 0;
            var share = Math.Min((int)Math.Ceiling((double)inSubset / total * budget), left);
            if (truncateReady)
            {
                subset.Addresses = Take(subset.Addresses, share);
                subset.NotReadyAddresses = null;
                left -= subset.Addresses?.Count ?? 0;
            }
            else
            {
                subset.NotReadyAddresses = Take(subset.NotReadyAddresses, share);
                left -= subset.NotReadyAddresses?.Count ?? 0;
            }
        }

        return true;
    }

    /// <summary>Field-by-field equality of two subset lists, in order (targetRef resourceVersions are ignored, as upstream).</summary>
    public static bool Equal(IReadOnlyList<EndpointSubset>? a, IReadOnlyList<EndpointSubset>? b)
    {
        a ??= [];
        b ??= [];
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!AddressesEqual(a[i].Addresses, b[i].Addresses) || !AddressesEqual(a[i].NotReadyAddresses, b[i].NotReadyAddresses) ||
                !(a[i].Ports ?? []).Select(PortKey.Of).SequenceEqual((b[i].Ports ?? []).Select(PortKey.Of)))
                return false;
        }

        return true;
    }

    /// <summary>The number of addresses, ready or not.</summary>
    public static int Count(IEnumerable<EndpointSubset>? subsets) =>
        subsets?.Sum(s => (s.Addresses?.Count ?? 0) + (s.NotReadyAddresses?.Count ?? 0)) ?? 0;

    private static EndpointSubset Single(EndpointAddress address, bool ready, EndpointPort? port) => new()
    {
        Addresses = ready ? [address] : null,
        NotReadyAddresses = ready ? null : [address],
        Ports = port is null ? null : [port],
    };

    private static IEnumerable<(EndpointAddress Address, bool Ready)> Listed(EndpointSubset subset) =>
        (subset.Addresses ?? []).Select(a => (a, true)).Concat((subset.NotReadyAddresses ?? []).Select(a => (a, false)));

    private static string Signature(Dictionary<(string Ip, string? Uid), bool> set) =>
        string.Join("|", set.Select(a => $"{a.Key.Ip}/{a.Key.Uid}/{a.Value}").Order(StringComparer.Ordinal));

    private static List<EndpointAddress> Sorted(IEnumerable<EndpointAddress> addresses) =>
        [.. addresses.OrderBy(a => a.IP, StringComparer.Ordinal).ThenBy(a => a.TargetRef?.Uid, StringComparer.Ordinal)];

    private static int CompareSubsets(EndpointSubset x, EndpointSubset y)
    {
        var byAddress = string.CompareOrdinal(FirstKey(x), FirstKey(y));
        if (byAddress != 0)
            return byAddress;
        return string.CompareOrdinal(string.Join(",", (x.Ports ?? []).Select(PortKey.Of)), string.Join(",", (y.Ports ?? []).Select(PortKey.Of)));
    }

    private static string FirstKey(EndpointSubset s) =>
        s.Addresses is [var a, ..] ? "0" + a.IP + "/" + a.TargetRef?.Uid
        : s.NotReadyAddresses is [var n, ..] ? "1" + n.IP + "/" + n.TargetRef?.Uid : "2";

    private static bool AddressesEqual(List<EndpointAddress>? a, List<EndpointAddress>? b)
    {
        a ??= [];
        b ??= [];
        return a.Count == b.Count && a.Zip(b).All(p => AddressEqual(p.First, p.Second));
    }

    private static bool AddressEqual(EndpointAddress a, EndpointAddress b) =>
        a.IP == b.IP && a.Hostname == b.Hostname && a.NodeName == b.NodeName &&
        a.TargetRef?.Kind == b.TargetRef?.Kind && a.TargetRef?.Namespace == b.TargetRef?.Namespace &&
        a.TargetRef?.Name == b.TargetRef?.Name && a.TargetRef?.Uid == b.TargetRef?.Uid &&
        a.TargetRef?.ApiVersion == b.TargetRef?.ApiVersion && a.TargetRef?.FieldPath == b.TargetRef?.FieldPath;

    private static List<T>? NullIfEmpty<T>(List<T> list) => list.Count == 0 ? null : list;

    private static List<EndpointAddress>? Take(List<EndpointAddress>? addresses, int count) =>
        addresses is null || addresses.Count <= count ? addresses : NullIfEmpty(addresses[..count]);

    /// <summary>An EndpointPort as a value, ordered by name, port, protocol, appProtocol; <see cref="None"/> stands for "no ports".</summary>
    private sealed record PortKey(string Name, int Port, string Protocol, string? AppProtocol) : IComparable<PortKey>
    {
        public static readonly PortKey None = new("", -1, "", null);

        public static PortKey Of(EndpointPort p) => new(p.Name ?? "", p.Port, p.Protocol ?? "", p.AppProtocol);

        public EndpointPort ToPort() => new()
        {
            Name = Name.Length == 0 ? null : Name,
            Port = Port,
            Protocol = Protocol.Length == 0 ? null : Protocol,
            AppProtocol = AppProtocol,
        };

        public int CompareTo(PortKey? other)
        {
            if (other is null)
                return 1;
            var c = string.CompareOrdinal(Name, other.Name);
            if (c == 0)
                c = Port.CompareTo(other.Port);
            if (c == 0)
                c = string.CompareOrdinal(Protocol, other.Protocol);
            return c != 0 ? c : string.CompareOrdinal(AppProtocol, other.AppProtocol);
        }

        public override string ToString() => $"{Name}:{Port}/{Protocol}/{AppProtocol}";
    }
}
