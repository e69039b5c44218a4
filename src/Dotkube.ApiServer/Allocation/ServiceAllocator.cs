using System.Net;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Validation;
using Dotkube.ApiServer.Errors;
using Dotkube.Storage;

namespace Dotkube.ApiServer.Allocation;

/// <summary>
/// Cluster IPs and node ports for Services, as upstream's service registry allocates them:
/// a requested address or port is honoured or rejected (422 "provided IP is already
/// allocated"), otherwise one is picked. Each allocation is its own storage key, created with
/// create-if-absent, so concurrent creates can never take the same address, and allocations
/// survive restarts. Released when the Service goes (or stops needing them).
/// <para>
/// As upstream's ServiceIPStaticSubrange: dynamic IPs come from above the first
/// min(max(16, size/16), 256) addresses, which stay free for requested ones (10.43.0.10 for DNS).
/// </para>
/// </summary>
public sealed class ServiceAllocator
{
    public const string IpPrefix = "/registry/ranges/serviceips/";
    public const string PortPrefix = "/registry/ranges/servicenodeports/";

    /// <summary>Upstream's default --service-node-port-range.</summary>
    public const int MinNodePort = 30000;
    public const int MaxNodePort = 32767;

    private readonly IKeyValueStore _store;
    private readonly IPNetwork _cidr;
    private readonly uint _first;
    private readonly uint _last;
    private readonly uint _dynamicFirst;
    private readonly Random _random;

    public ServiceAllocator(IKeyValueStore store, string serviceCidr, Random random)
    {
        _store = store;
        _cidr = IPNetwork.Parse(serviceCidr);
        _random = random;
        var baseAddress = ToUInt(_cidr.BaseAddress);
        var size = 1u << (32 - _cidr.PrefixLength);
        _first = baseAddress + 1;
        _last = baseAddress + size - 2;
        _dynamicFirst = Math.Min(_first + Math.Min(Math.Max(16u, size / 16), 256u), _last);
    }

    /// <summary>
    /// Fills and reserves a new Service's cluster IP, IP family fields and node ports. With
    /// <paramref name="dryRun"/> it checks but reserves nothing. Returns what to release if the
    /// create fails afterwards.
    /// </summary>
    public async Task<Reservation> AllocateAsync(Service service, bool dryRun, CancellationToken ct)
    {
        var reservation = new Reservation(this);
        try
        {
            var spec = service.Spec;
            var owner = $"{service.Metadata.Namespace}/{service.Metadata.Name}";
            if (spec.Type != "ExternalName")
            {
                spec.IPFamilies ??= ["IPv4"];
                spec.IPFamilyPolicy ??= "SingleStack";
                var requested = spec.ClusterIP is { Length: > 0 } ip ? ip : spec.ClusterIPs?.FirstOrDefault();
                if (requested == "None")
                {
                    spec.ClusterIP = "None";
                    spec.ClusterIPs = ["None"];
                }
                else
                {
                    var address = requested is { Length: > 0 }
                        ? await ReserveIpAsync(service, requested, owner, dryRun, reservation, ct)
                        : await PickIpAsync(owner, dryRun, reservation, ct);
                    spec.ClusterIP = address;
                    spec.ClusterIPs = [address];
                }
            }

            await AllocateNodePortsAsync(service, null, owner, dryRun, reservation, ct);
            return reservation;
        }
        catch
        {
            await reservation.ReleaseAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// An update may need node ports it did not have (type changed to NodePort) or drop some;
    /// the cluster IP is immutable (validation) except that ExternalName gains or loses one.
    /// Returns the new reservations and the keys to release once the update is stored.
    /// </summary>
    public async Task<(Reservation Added, IReadOnlyList<string> Released)> UpdateAsync(Service old, Service updated, bool dryRun,
        CancellationToken ct)
    {
        var reservation = new Reservation(this);
        var owner = $"{updated.Metadata.Namespace}/{updated.Metadata.Name}";
        try
        {
            var spec = updated.Spec;
            if (old.Spec.Type == "ExternalName" && spec.Type != "ExternalName" && string.IsNullOrEmpty(spec.ClusterIP))
            {
                spec.IPFamilies ??= ["IPv4"];
                spec.IPFamilyPolicy ??= "SingleStack";
                var address = await PickIpAsync(owner, dryRun, reservation, ct);
                spec.ClusterIP = address;
                spec.ClusterIPs = [address];
            }
            else if (spec.Type != "ExternalName" && string.IsNullOrEmpty(spec.ClusterIP))
            {
                // Clients that send a Service without its cluster IP keep the one it has.
                spec.ClusterIP = old.Spec.ClusterIP;
                spec.ClusterIPs = old.Spec.ClusterIPs;
                spec.IPFamilies ??= old.Spec.IPFamilies;
                spec.IPFamilyPolicy ??= old.Spec.IPFamilyPolicy;
            }

            await AllocateNodePortsAsync(updated, old, owner, dryRun, reservation, ct);
        }
        catch
        {
            await reservation.ReleaseAsync(CancellationToken.None);
            throw;
        }

        var kept = KeysOf(updated).ToHashSet();
        return (reservation, KeysOf(old).Where(k => !kept.Contains(k)).ToList());
    }

    /// <summary>Frees everything a deleted Service held.</summary>
    public Task ReleaseAsync(Service service, CancellationToken ct) => ReleaseKeysAsync(KeysOf(service), ct);

    public async Task ReleaseKeysAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            try
            {
                await _store.DeleteAsync(key, 0, ct);
            }
            catch (StorageException e) when (e.Code == StorageErrorCode.KeyNotFound)
            {
                // Never reserved (dry run, headless, bootstrap before allocation existed).
            }
        }
    }

    private static IEnumerable<string> KeysOf(Service service)
    {
        if (service.Spec.ClusterIP is { Length: > 0 } ip && ip != "None")
        {
            yield return IpPrefix + ip;
        }

        foreach (var port in service.Spec.Ports ?? [])
        {
            if (port.NodePort is > 0 and var nodePort)
            {
                yield return PortPrefix + nodePort;
            }
        }
    }

    private async Task AllocateNodePortsAsync(Service service, Service? old, string owner, bool dryRun, Reservation reservation,
        CancellationToken ct)
    {
        var spec = service.Spec;
        var needsPorts = spec.Type == "NodePort" || (spec.Type == "LoadBalancer" && spec.AllocateLoadBalancerNodePorts != false);
        var held = (old?.Spec.Ports ?? []).Where(p => p.NodePort > 0).Select(p => p.NodePort!.Value).ToHashSet();
        var ports = spec.Ports ?? [];
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            if (!needsPorts)
            {
                if (spec.Type is "ClusterIP" or "ExternalName" && old is not null)
                {
                    port.NodePort = null;
                }

                continue;
            }

            if (port.NodePort is > 0 and var wanted)
            {
                if (held.Contains(wanted) || ports.Take(i).Any(p => p.NodePort == wanted))
                {
                    continue;
                }

                if (wanted is < MinNodePort or > MaxNodePort)
                {
                    throw Invalid(service, FieldPath.Root("spec", "ports").Index(i).Child("nodePort"), wanted,
                        $"provided port is not in the valid range. The range of valid ports is {MinNodePort}-{MaxNodePort}");
                }

                if (!await TryReserveAsync(PortPrefix + wanted, owner, dryRun, reservation, ct))
                {
                    throw Invalid(service, FieldPath.Root("spec", "ports").Index(i).Child("nodePort"), wanted, "provided port is already allocated");
                }

                continue;
            }

            port.NodePort = await PickPortAsync(owner, dryRun, reservation, ct)
                ?? throw ApiErrors.InternalError("failed to allocate a nodePort: range is full");
        }
    }

    private async Task<string> ReserveIpAsync(Service service, string requested, string owner, bool dryRun, Reservation reservation, CancellationToken ct)
    {
        var path = FieldPath.Root("spec", "clusterIPs");
        if (!IPAddress.TryParse(requested, out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            // Malformed addresses are validation's to report, with its own message.
            return requested;
        }

        var value = ToUInt(address);
        if (!_cidr.Contains(address) || value < _first || value > _last)
        {
            throw Invalid(service, path, new List<string> { requested },
                $"failed to allocate IP {requested}: provided IP ({requested}) is not in the valid range. The range of valid IPs is {_cidr}");
        }

        if (!await TryReserveAsync(IpPrefix + requested, owner, dryRun, reservation, ct))
        {
            throw Invalid(service, path, new List<string> { requested }, $"failed to allocate IP {requested}: provided IP is already allocated");
        }

        return requested;
    }

    private async Task<string> PickIpAsync(string owner, bool dryRun, Reservation reservation, CancellationToken ct)
    {
        var span = _last - _dynamicFirst + 1;
        var start = (uint)_random.NextInt64(span);
        for (uint i = 0; i < span; i++)
        {
            var candidate = ToAddress(_dynamicFirst + ((start + i) % span)).ToString();
            if (await TryReserveAsync(IpPrefix + candidate, owner, dryRun, reservation, ct))
            {
                return candidate;
            }
        }

        // The upper band is full: fall back to the static band, as upstream does.
        for (var value = _first; value < _dynamicFirst; value++)
        {
            var candidate = ToAddress(value).ToString();
            if (await TryReserveAsync(IpPrefix + candidate, owner, dryRun, reservation, ct))
            {
                return candidate;
            }
        }

        throw ApiErrors.InternalError("failed to allocate a serviceIP: range is full");
    }

    private async Task<int?> PickPortAsync(string owner, bool dryRun, Reservation reservation, CancellationToken ct)
    {
        const int span = MaxNodePort - MinNodePort + 1;
        var start = _random.Next(span);
        for (var i = 0; i < span; i++)
        {
            var candidate = MinNodePort + ((start + i) % span);
            if (await TryReserveAsync(PortPrefix + candidate, owner, dryRun, reservation, ct))
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<bool> TryReserveAsync(string key, string owner, bool dryRun, Reservation reservation, CancellationToken ct)
    {
        if (dryRun)
        {
            return await _store.GetAsync(key, ct) is null;
        }

        try
        {
            await _store.CreateAsync(key, Encoding.UTF8.GetBytes(owner), ct);
            reservation.Keys.Add(key);
            return true;
        }
        catch (StorageException e) when (e.Code == StorageErrorCode.KeyExists)
        {
            return false;
        }
    }

    private static ApiException Invalid(Service service, FieldPath path, object value, string detail) =>
        ApiErrors.Invalid(InvalidObjectStatus.Create("", "Service", service.Metadata.Name ?? "", [FieldError.Invalid(path, value, detail)]));

    private static uint ToUInt(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }

    private static IPAddress ToAddress(uint value) =>
        new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    /// <summary>Keys reserved by one request; released if the request fails after reserving.</summary>
    public sealed class Reservation(ServiceAllocator owner)
    {
        public List<string> Keys { get; } = [];

        public Task ReleaseAsync(CancellationToken ct) => owner.ReleaseKeysAsync(Keys, ct);
    }
}
