using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Node;

/// <summary>
/// The node's addresses as the kubelet reports them without a cloud provider: InternalIP, the
/// primary IPv4 address of the interface the default route goes through (k3s's default node IP),
/// and Hostname.
/// </summary>
public static class NodeAddresses
{
    public static List<NodeAddress> For(string hostname, HostFiles files) =>
    [
        new NodeAddress { Type = "InternalIP", Address = InternalIp(files).ToString() },
        new NodeAddress { Type = "Hostname", Address = hostname },
    ];

    /// <summary>The default route's interface's first IPv4 address; else any up, non-loopback IPv4; else loopback.</summary>
    public static IPAddress InternalIp(HostFiles files)
    {
        var interfaces = NetworkInterface.GetAllNetworkInterfaces();
        var preferred = DefaultRouteInterface(files.Read("/proc/net/route"));
        var candidates = interfaces
            .Where(i => i.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown && i.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .OrderBy(i => i.Name == preferred ? 0 : 1)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        return candidates.FirstOrDefault() ?? IPAddress.Loopback;
    }

    /// <summary>
    /// The interface of the IPv4 default route with the lowest metric in /proc/net/route
    /// (columns Iface, Destination, Gateway, Flags, RefCnt, Use, Metric, Mask, ...; hex, host order), or null.
    /// </summary>
    internal static string? DefaultRouteInterface(string? routeTable)
    {
        const int Up = 0x1;
        return (routeTable ?? "").Split('\n').Skip(1)
            .Select(line => line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 8 && f[1] == "00000000" && f[7] == "00000000"
                && int.TryParse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var flags) && (flags & Up) != 0)
            .OrderBy(f => int.TryParse(f[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var metric) ? metric : int.MaxValue)
            .Select(f => f[0])
            .FirstOrDefault();
    }
}
