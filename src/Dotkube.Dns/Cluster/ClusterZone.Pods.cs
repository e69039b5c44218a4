using System.Net;
using System.Net.Sockets;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Cluster;

internal sealed partial class ClusterZone
{
    /// <summary>
    /// "&lt;a-b-c-d&gt;.&lt;ns&gt;.pod.&lt;zone&gt;" in CoreDNS's "pods insecure" mode: the address is
    /// read from the name (dashes for dots, or for colons in IPv6) without checking that a pod has
    /// it, in any existing namespace.
    /// </summary>
    private ZoneAnswer AnswerPod(string owner, string[] labels, RecordType type)
    {
        if (labels.Length == 1)
        {
            return NoData();
        }

        if (!_view.NamespaceExists(labels[^2]))
        {
            return NameError();
        }

        if (labels.Length == 2)
        {
            return NoData();
        }

        if (labels.Length != 3 || DashedAddress(labels[0]) is not { } ip)
        {
            return NameError();
        }

        var wanted = type switch
        {
            RecordType.A => AddressFamily.InterNetwork,
            RecordType.AAAA => AddressFamily.InterNetworkV6,
            _ => AddressFamily.Unknown,
        };
        return ip.AddressFamily == wanted ? ZoneAnswer.Of([new ResourceRecord(owner, type, _ttl, new AddressData(ip))]) : NoData();
    }

    /// <summary>"10-42-0-7" as 10.42.0.7, "fd00--1" as fd00::1; null when it is no address.</summary>
    internal static IPAddress? DashedAddress(string label)
    {
        if (label.Count(c => c == '-') == 3 && !label.Contains("--", StringComparison.Ordinal))
        {
            return ReverseName.Octets(label.Split('-'), reversed: false);
        }

        return IPAddress.TryParse(label.Replace('-', ':'), out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? v6 : null;
    }
}
