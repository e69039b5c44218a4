using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Dotkube.Controllers.NodeIpam;

/// <summary>
/// The subnets of one cluster CIDR, each free or used (upstream's cidrset.CidrSet): a /16 cut
/// into /24s holds 256. <see cref="AllocateNext"/> hands them out round-robin from the one after
/// the last handed out, so a released subnet is not reused at once. Not thread-safe.
/// </summary>
internal sealed class CidrSet
{
    /// <summary>Upstream refuses more than 2^16 subnets per cluster CIDR.</summary>
    private const int MaxPrefixDifference = 16;

    private readonly IPNetwork _cluster;
    private readonly int _subnetPrefix;
    private readonly bool[] _used;
    private readonly int _bits;
    private int _next;

    public CidrSet(IPNetwork cluster, int subnetPrefix)
    {
        _bits = cluster.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (subnetPrefix < cluster.PrefixLength || subnetPrefix > _bits)
            throw new ArgumentException($"subnet mask size {subnetPrefix} does not fit cluster CIDR {cluster}");
        if (subnetPrefix - cluster.PrefixLength > MaxPrefixDifference)
            throw new ArgumentException($"cluster CIDR {cluster} cut into /{subnetPrefix} makes more than {1 << MaxPrefixDifference} subnets");
        _cluster = cluster;
        _subnetPrefix = subnetPrefix;
        _used = new bool[1 << (subnetPrefix - cluster.PrefixLength)];
    }

    public int Capacity => _used.Length;

    public int Allocated { get; private set; }

    /// <summary>The next free subnet, or null when all are used (upstream's ErrCIDRRangeNoCIDRsRemaining).</summary>
    public IPNetwork? AllocateNext()
    {
        if (Allocated == _used.Length)
            return null;
        var candidate = _next;
        while (_used[candidate])
            candidate = (candidate + 1) % _used.Length;
        _next = (candidate + 1) % _used.Length;
        _used[candidate] = true;
        Allocated++;
        return SubnetAt(candidate);
    }

    /// <summary>Marks the subnets <paramref name="cidr"/> overlaps as used; false when it lies outside the cluster CIDR.</summary>
    public bool Occupy(IPNetwork cidr) => Mark(cidr, true);

    /// <summary>Marks the subnets <paramref name="cidr"/> overlaps as free; false when it lies outside the cluster CIDR.</summary>
    public bool Release(IPNetwork cidr) => Mark(cidr, false);

    public bool IsUsed(IPNetwork cidr) => Range(cidr) is { } r && Enumerable.Range(r.First, r.Last - r.First + 1).All(i => _used[i]);

    private bool Mark(IPNetwork cidr, bool used)
    {
        if (Range(cidr) is not { } range)
            return false;
        for (var i = range.First; i <= range.Last; i++)
        {
            if (_used[i] != used)
                Allocated += used ? 1 : -1;
            _used[i] = used;
        }

        return true;
    }

    /// <summary>The subnet indexes <paramref name="cidr"/> covers, as upstream's getBeginningAndEndIndices; null when it does not overlap.</summary>
    private (int First, int Last)? Range(IPNetwork cidr)
    {
        if (cidr.BaseAddress.AddressFamily != _cluster.BaseAddress.AddressFamily)
            return null;
        if (cidr.PrefixLength <= _cluster.PrefixLength)
            return cidr.Contains(_cluster.BaseAddress) ? (0, _used.Length - 1) : null;
        if (!_cluster.Contains(cidr.BaseAddress))
            return null;
        var first = IndexOf(ToNumber(cidr.BaseAddress));
        var last = cidr.PrefixLength >= _subnetPrefix ? first : IndexOf(ToNumber(cidr.BaseAddress) + HostMask(cidr.PrefixLength));
        return (first, last);
    }

    private int IndexOf(UInt128 address) => (int)((address - ToNumber(_cluster.BaseAddress)) >> (_bits - _subnetPrefix));

    private IPNetwork SubnetAt(int index) =>
        new(ToAddress(ToNumber(_cluster.BaseAddress) + ((UInt128)(uint)index << (_bits - _subnetPrefix))), _subnetPrefix);

    private UInt128 HostMask(int prefix) => prefix >= _bits ? UInt128.Zero : (UInt128.One << (_bits - prefix)) - 1;

    private static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4 ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private IPAddress ToAddress(UInt128 number)
    {
        if (_bits == 32)
        {
            Span<byte> v4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)number);
            return new IPAddress(v4);
        }

        Span<byte> v6 = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, number);
        return new IPAddress(v6);
    }
}
