using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Discovery.V1;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Cluster;

internal sealed partial class ClusterZone
{
    /// <summary>How many CNAMEs inside the zone one answer follows, as CoreDNS's limit of 8.</summary>
    private const int MaxCnameChain = 8;

    /// <summary>
    /// Names under svc, parsed as CoreDNS's parseRequest: "&lt;svc&gt;.&lt;ns&gt;.svc",
    /// "&lt;endpoint&gt;.&lt;svc&gt;.&lt;ns&gt;.svc" and "_&lt;port&gt;._&lt;proto&gt;.&lt;svc&gt;.&lt;ns&gt;.svc"
    /// (underscores optional); "svc" and "&lt;ns&gt;.svc" exist without data; anything longer cannot exist.
    /// </summary>
    private ZoneAnswer AnswerService(string owner, string[] labels, RecordType type, int depth = 0)
    {
        if (labels.Length == 1)
        {
            return NoData();
        }

        var ns = labels[^2];
        if (!_view.NamespaceExists(ns))
        {
            return NameError();
        }

        if (labels.Length == 2)
        {
            return NoData();
        }

        string? endpoint = null, port = null, protocol = null;
        switch (labels.Length)
        {
            case 3:
                break;
            case 4:
                endpoint = labels[0];
                break;
            case 5:
                port = labels[0].TrimStart('_');
                protocol = labels[1].TrimStart('_');
                break;
            default:
                return NameError();
        }

        var service = _view.Service(ns, labels[^3]);
        if (service is null)
        {
            return NameError();
        }

        var targets = Targets(service, endpoint, port, protocol);
        if (targets.Count == 0)
        {
            // As CoreDNS: a Service with nothing to answer (a headless one without ready endpoints) does not exist.
            return NameError();
        }

        return type switch
        {
            RecordType.A => Addresses(owner, targets, AddressFamily.InterNetwork, type, depth),
            RecordType.AAAA => Addresses(owner, targets, AddressFamily.InterNetworkV6, type, depth),
            RecordType.CNAME => ZoneAnswer.Of([.. targets.Where(t => t.CanonicalName is not null).Take(1)
                .Select(t => new ResourceRecord(owner, RecordType.CNAME, _ttl, new NameData(t.CanonicalName!)))]),
            RecordType.SRV => Srv(owner, targets),
            _ => NoData(),
        };
    }

    private List<ServiceTarget> Targets(Service service, string? endpoint, string? port, string? protocol)
    {
        var ns = service.Metadata.Namespace ?? "";
        var serviceName = $"{service.Metadata.Name}.{ns}.svc.{Zone}";
        var targets = new List<ServiceTarget>();
        if (service.Spec.Type == ServiceType.ExternalName)
        {
            // An ExternalName that is an IP address is no CNAME, so CoreDNS serves nothing for it.
            if (endpoint is null && service.Spec.ExternalName is { Length: > 0 } external && !IPAddress.TryParse(external, out _))
            {
                targets.Add(new ServiceTarget(null, DnsName.Absolute(external.ToLowerInvariant()), -1, serviceName));
            }

            return targets;
        }

        if (ClusterView.IsHeadless(service) || endpoint is not null)
        {
            var publishNotReady = service.Spec.PublishNotReadyAddresses == true;
            foreach (var slice in _view.SlicesOf(ns, service.Metadata.Name!))
            {
                if (slice.AddressType == AddressType.FQDN)
                {
                    continue;
                }

                foreach (var e in slice.Endpoints)
                {
                    // A missing ready condition means ready (discovery.k8s.io/v1: "nil should be interpreted as true").
                    if (e.Conditions.Ready == false && !publishNotReady)
                    {
                        continue;
                    }

                    foreach (var address in e.Addresses)
                    {
                        if (!IPAddress.TryParse(address, out var ip))
                        {
                            continue;
                        }

                        var host = EndpointHostname(e.Hostname, ip);
                        if (endpoint is not null && !string.Equals(endpoint, host, StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        var target = $"{host}.{serviceName}";
                        if (slice.Ports.Count == 0)
                        {
                            // A port-less slice still has addresses; only a port query misses them.
                            if (port is null)
                            {
                                targets.Add(new ServiceTarget(ip, null, -1, target));
                            }

                            continue;
                        }

                        foreach (var p in slice.Ports)
                        {
                            if (PortMatches(port, protocol, p.Name, p.Protocol))
                            {
                                targets.Add(new ServiceTarget(ip, null, p.Port ?? -1, target));
                            }
                        }
                    }
                }
            }

            return targets;
        }

        foreach (var p in service.Spec.Ports ?? [])
        {
            if (!PortMatches(port, protocol, p.Name, p.Protocol))
            {
                continue;
            }

            foreach (var clusterIP in ClusterView.ClusterIPs(service))
            {
                if (IPAddress.TryParse(clusterIP, out var ip))
                {
                    targets.Add(new ServiceTarget(ip, null, p.Port, serviceName));
                }
            }
        }

        return targets;
    }

    /// <summary>An endpoint's own hostname, else its address with dashes, as CoreDNS's endpointHostname.</summary>
    internal static string EndpointHostname(string? hostname, IPAddress ip) =>
        hostname is { Length: > 0 } ? hostname.ToLowerInvariant() : ip.ToString().Replace('.', '-').Replace(':', '-');

    private static bool PortMatches(string? port, string? protocol, string? portName, string? portProtocol) =>
        (port is null || string.Equals(port, portName, StringComparison.OrdinalIgnoreCase))
        && (protocol is null || string.Equals(protocol, portProtocol ?? "TCP", StringComparison.OrdinalIgnoreCase));

    private ZoneAnswer Addresses(string owner, List<ServiceTarget> targets, AddressFamily family, RecordType type, int depth)
    {
        var answers = new List<ResourceRecord>();
        var seen = new HashSet<IPAddress>();
        foreach (var t in targets)
        {
            if (t.CanonicalName is { } cname)
            {
                answers.Add(new ResourceRecord(owner, RecordType.CNAME, _ttl, new NameData(cname)));
                if (DnsName.IsInZone(cname, Zone) && depth < MaxCnameChain && !DnsName.Equal(cname, owner))
                {
                    // The target is ours: answer it too, as CoreDNS does, rather than leave the client to ask.
                    var next = AnswerInZone(cname, type, depth + 1);
                    answers.AddRange(next.Answers);
                }

                break;
            }

            if (t.Address!.AddressFamily == family && seen.Add(t.Address))
            {
                answers.Add(new ResourceRecord(owner, type, _ttl, new AddressData(t.Address)));
            }
        }

        return ZoneAnswer.Of(answers);
    }

    /// <summary>
    /// SRV as CoreDNS renders it: priority 0, the weight 100 shared evenly (at least 1), one
    /// record per target and port, and the targets' addresses as additional records.
    /// </summary>
    private ZoneAnswer Srv(string owner, List<ServiceTarget> targets)
    {
        var eligible = targets.Where(t => t.Address is not null && t.Port >= 0).ToList();
        var weight = (ushort)Math.Max(1, 100 / Math.Max(1, eligible.Count));
        var answers = new List<ResourceRecord>();
        var additionals = new List<ResourceRecord>();
        var records = new HashSet<(string, int)>();
        var addresses = new HashSet<(string, IPAddress)>();
        foreach (var t in eligible)
        {
            if (records.Add((t.Target, t.Port)))
            {
                answers.Add(new ResourceRecord(owner, RecordType.SRV, _ttl, new SrvData(0, weight, (ushort)t.Port, t.Target)));
            }

            if (addresses.Add((t.Target, t.Address!)))
            {
                var addressType = t.Address!.AddressFamily == AddressFamily.InterNetwork ? RecordType.A : RecordType.AAAA;
                additionals.Add(new ResourceRecord(t.Target, addressType, _ttl, new AddressData(t.Address)));
            }
        }

        return ZoneAnswer.Of(answers, additionals);
    }
}
