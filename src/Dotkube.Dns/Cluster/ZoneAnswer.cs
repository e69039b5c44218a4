using Dotkube.Dns.Protocol;

namespace Dotkube.Dns.Cluster;

/// <summary>What the cluster zone answers to one question: the code and the three sections, always authoritative.</summary>
internal sealed record ZoneAnswer(ResponseCode Code, List<ResourceRecord> Answers, List<ResourceRecord> Authorities, List<ResourceRecord> Additionals)
{
    public static ZoneAnswer Of(List<ResourceRecord> answers, List<ResourceRecord>? additionals = null) =>
        new(ResponseCode.NoError, answers, [], additionals ?? []);
}
