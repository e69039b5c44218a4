using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Dotkube.ApiServer.Security;

/// <summary>
/// The subject alternative names the API server's serving certificate must carry: every name a
/// client may dial, from inside the host, from a pod (the kubernetes Service) or from another node.
/// </summary>
public sealed record ServingNames(IReadOnlyList<string> DnsNames, IReadOnlyList<IPAddress> IpAddresses)
{
    /// <summary>As k3s's default --cluster-domain; the Service's FQDN ends with it.</summary>
    public const string ClusterDomain = "cluster.local";

    private const string SubjectAlternativeNameOid = "2.5.29.17";

    /// <summary>
    /// The names for these options: localhost, the node name, the kubernetes Service's DNS names,
    /// loopback, the Service's ClusterIP (first address of the service CIDR, as upstream allocates it),
    /// a specific bind address and the host's non-loopback IPv4 addresses.
    /// </summary>
    public static ServingNames For(ApiServerOptions options, IEnumerable<IPAddress>? extraIps, IEnumerable<IPAddress> hostAddresses)
    {
        var dns = new List<string> { "localhost", options.NodeName, "kubernetes", "kubernetes.default", "kubernetes.default.svc", $"kubernetes.default.svc.{ClusterDomain}" };
        var ips = new List<IPAddress> { IPAddress.Loopback, IPAddress.IPv6Loopback, KubernetesServiceIp(options.ServiceCidr) };
        if (!options.BindAddress.Equals(IPAddress.Any) && !options.BindAddress.Equals(IPAddress.IPv6Any))
        {
            ips.Add(options.BindAddress);
        }

        ips.AddRange(hostAddresses);
        ips.AddRange(extraIps ?? []);
        return new ServingNames(
            dns.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ips.Distinct().ToList());
    }

    /// <summary>This host's non-loopback IPv4 addresses, sorted so the certificate does not depend on interface order.</summary>
    public static IReadOnlyList<IPAddress> HostIPv4Addresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip))
            .Distinct()
            .OrderBy(ip => ip.ToString(), StringComparer.Ordinal)
            .ToList();

    /// <summary>The first usable address of the service CIDR: 10.43.0.1 for 10.43.0.0/16.</summary>
    public static IPAddress KubernetesServiceIp(string serviceCidr)
    {
        var bytes = IPNetwork.Parse(serviceCidr).BaseAddress.GetAddressBytes();
        // Big-endian increment with carry; a /16's base address never carries past its last byte, a /32 might.
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (++bytes[i] != 0)
            {
                break;
            }
        }

        return new IPAddress(bytes);
    }

    /// <summary>
    /// True when <paramref name="certificate"/> names everything in this set. Extra names in the
    /// certificate do no harm, so a superset counts as covered and does not force a renewal.
    /// </summary>
    public bool CoveredBy(X509Certificate2 certificate)
    {
        // Built from the raw bytes: whether Extensions hands back the typed class is a runtime detail.
        var raw = certificate.Extensions.FirstOrDefault(e => e.Oid?.Value == SubjectAlternativeNameOid);
        if (raw is null)
        {
            return false;
        }

        var san = new X509SubjectAlternativeNameExtension(raw.RawData, raw.Critical);
        var dns = san.EnumerateDnsNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ips = san.EnumerateIPAddresses().ToHashSet();
        return DnsNames.All(dns.Contains) && IpAddresses.All(ips.Contains);
    }
}
