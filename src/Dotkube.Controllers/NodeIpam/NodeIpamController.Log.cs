using System.Net;
using Microsoft.Extensions.Logging;

namespace Dotkube.Controllers.NodeIpam;

public sealed partial class NodeIpamController
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Set node {Node} PodCIDR to {PodCidr}")]
    private static partial void LogAssigned(ILogger logger, string node, string podCidr);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No CIDR left in {ClusterCidr} for node {Node}; will retry")]
    private static partial void LogRangeFull(ILogger logger, string node, IPNetwork clusterCidr);

    [LoggerMessage(Level = LogLevel.Error, Message = "Node {Node} has podCIDR {PodCidr}, which is not a CIDR of the cluster CIDR; leaving it alone")]
    private static partial void LogUnusableCidr(ILogger logger, string node, string podCidr);
}
