using System.Text.Json.Nodes;
using DefaultBinder = Dotkube.Scheduler.Plugins.DefaultBinder.DefaultBinder;
using DefaultPreemption = Dotkube.Scheduler.Plugins.DefaultPreemption.DefaultPreemption;
using ImageLocality = Dotkube.Scheduler.Plugins.ImageLocality.ImageLocality;
using InterPodAffinity = Dotkube.Scheduler.Plugins.InterPodAffinity.InterPodAffinity;
using NodeAffinity = Dotkube.Scheduler.Plugins.NodeAffinity.NodeAffinity;
using NodeName = Dotkube.Scheduler.Plugins.NodeName.NodeName;
using NodePorts = Dotkube.Scheduler.Plugins.NodePorts.NodePorts;
using NodeResourcesBalancedAllocation = Dotkube.Scheduler.Plugins.NodeResourcesBalancedAllocation.NodeResourcesBalancedAllocation;
using NodeResourcesFit = Dotkube.Scheduler.Plugins.NodeResourcesFit.NodeResourcesFit;
using NodeUnschedulable = Dotkube.Scheduler.Plugins.NodeUnschedulable.NodeUnschedulable;
using PodTopologySpread = Dotkube.Scheduler.Plugins.PodTopologySpread.PodTopologySpread;
using PrioritySort = Dotkube.Scheduler.Plugins.PrioritySort.PrioritySort;
using SchedulingGates = Dotkube.Scheduler.Plugins.SchedulingGates.SchedulingGates;
using TaintToleration = Dotkube.Scheduler.Plugins.TaintToleration.TaintToleration;
using VolumeBinding = Dotkube.Scheduler.Plugins.VolumeBinding.VolumeBinding;

namespace Dotkube.Scheduler.Framework;

/// <summary>Builds a plugin from its profile args (upstream PluginFactory); args is the pluginConfig entry's "args", or null.</summary>
public delegate IPlugin PluginFactory(JsonObject? args, IFrameworkHandle handle);

/// <summary>Every in-tree plugin by name (upstream's in-tree registry); profiles enable them by these names.</summary>
public static class PluginRegistry
{
    public static IReadOnlyDictionary<string, PluginFactory> All { get; } = new Dictionary<string, PluginFactory>(StringComparer.Ordinal)
    {
        [NodeName.PluginName] = (_, _) => new NodeName(),
        [NodeUnschedulable.PluginName] = (_, _) => new NodeUnschedulable(),
        [NodeResourcesFit.PluginName] = (args, _) => new NodeResourcesFit(args),
        [NodeResourcesBalancedAllocation.PluginName] = (args, _) => new NodeResourcesBalancedAllocation(args),
        [NodeAffinity.PluginName] = (args, _) => new NodeAffinity(args),
        [TaintToleration.PluginName] = (_, _) => new TaintToleration(),
        [NodePorts.PluginName] = (_, _) => new NodePorts(),
        [ImageLocality.PluginName] = (_, handle) => new ImageLocality(handle),
        [InterPodAffinity.PluginName] = (args, handle) => new InterPodAffinity(args, handle),
        [PodTopologySpread.PluginName] = (args, handle) => new PodTopologySpread(args, handle),
        [PrioritySort.PluginName] = (_, _) => new PrioritySort(),
        [DefaultBinder.PluginName] = (_, handle) => new DefaultBinder(handle),
        [DefaultPreemption.PluginName] = (args, handle) => new DefaultPreemption(args, handle),
        [VolumeBinding.PluginName] = (_, handle) => new VolumeBinding(handle),
        [SchedulingGates.PluginName] = (_, _) => new SchedulingGates(),
    };
}
