using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodePorts;

/// <summary>
/// Rejects nodes where a host port the pod asks for is already taken (upstream nodeports plugin):
/// the same protocol and port conflict when either side binds the wildcard 0.0.0.0 or both bind
/// the same address.
/// </summary>
public sealed class NodePorts : IPreFilterPlugin, IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "NodePorts";

    public const string ErrReason = "node(s) didn't have free ports for the requested pod ports";

    private const string PreFilterKey = "PreFilter" + PluginName;

    private const string Wildcard = "0.0.0.0";

    public string Name => PluginName;

    /// <summary>Collects the pod's host ports once; a pod without any skips the Filter.</summary>
    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var wanted = NodeInfo.HostPorts(pod).ToList();
        if (wanted.Count == 0)
            return (null, Status.Skip);
        state.Write(PreFilterKey, wanted);
        return (null, Status.Success);
    }

    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        var wanted = state.Read<List<(string HostIp, string Protocol, int Port)>>(PreFilterKey) ?? NodeInfo.HostPorts(pod).ToList();
        foreach (var port in wanted)
        {
            if (Conflicts(node.UsedPorts, port))
                return Status.Unschedulable(ErrReason);
        }

        return Status.Success;
    }

    /// <summary>Whether <paramref name="port"/> collides with a port in use (upstream HostPortInfo.CheckConflict).</summary>
    public static bool Conflicts(IReadOnlySet<(string HostIp, string Protocol, int Port)> used, (string HostIp, string Protocol, int Port) port)
    {
        if (port.HostIp == Wildcard)
            return used.Any(u => u.Protocol == port.Protocol && u.Port == port.Port);
        return used.Contains(port) || used.Contains((Wildcard, port.Protocol, port.Port));
    }

    /// <summary>A deleted pod frees its ports; a new or changed node may have them free.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
    [
        new("Pod", ClusterEventAction.Delete),
        new("Node", ClusterEventAction.Add | ClusterEventAction.Update),
    ];
}
