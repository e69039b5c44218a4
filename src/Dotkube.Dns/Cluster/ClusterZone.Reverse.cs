using System.Net;
using Dotkube.Api.Discovery.V1;
using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Cluster;

internal sealed partial class ClusterZone
{
    /// <summary>
    /// PTR for a cluster IP (the Service's name) or else for a ready endpoint address (its
    /// hostname under the Service), as CoreDNS's serviceRecordForIP. Other reverse names and
    /// types are null: they fall through to the upstream resolvers, as CoreDNS's
    /// "fallthrough in-addr.arpa ip6.arpa".
    /// </summary>
    private ZoneAnswer? AnswerReverse(string owner, IPAddress ip, RecordType type)
    {
        if (type != RecordType.PTR)
        {
            return null;
        }

        var text = ip.ToString();
        var service = _view.ServicesWithClusterIP(text).FirstOrDefault();
        if (service is not null)
        {
            return ZoneAnswer.Of([Ptr(owner, $"{service.Metadata.Name}.{service.Metadata.Namespace}.svc.{Zone}")]);
        }

        var answers = new List<ResourceRecord>();
        foreach (var slice in _view.SlicesWithAddress(text))
        {
            if (slice.Metadata.Labels?.GetValueOrDefault(EndpointSliceLabels.ServiceName) is not { Length: > 0 } serviceName)
            {
                continue;
            }

            foreach (var e in slice.Endpoints)
            {
                if (e.Conditions.Ready != false && e.Addresses.Any(a => IPAddress.TryParse(a, out var other) && other.Equals(ip)))
                {
                    answers.Add(Ptr(owner, $"{EndpointHostname(e.Hostname, ip)}.{serviceName}.{slice.Metadata.Namespace}.svc.{Zone}"));
                }
            }
        }

        return answers.Count == 0 ? null : ZoneAnswer.Of([.. answers.DistinctBy(r => ((NameData)r.Data).Target)]);
    }

    private ResourceRecord Ptr(string owner, string target) => new(owner, RecordType.PTR, _ttl, new NameData(target));
}
