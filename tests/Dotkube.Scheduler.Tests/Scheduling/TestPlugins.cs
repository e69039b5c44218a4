using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Scheduling;

/// <summary>Passes nodes labelled <c>schedulable=yes</c> (or the label in its args); registers node label and add events.</summary>
internal sealed class LabelFilter(JsonObject? args) : IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "LabelFilter";

    public const string Reason = "node(s) didn't have the schedulable label";

    private readonly string _label = (string?)args?["label"] ?? "schedulable";

    public string Name => PluginName;

    public Status Filter(CycleState state, Pod pod, NodeInfo node) =>
        node.Node.Metadata.Labels?.GetValueOrDefault(_label) == "yes" ? Status.Success : Status.Unschedulable(Reason);

    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
        [new ClusterEvent(ClusterEventResources.Node, ClusterEventAction.Add | ClusterEventAction.UpdateNodeLabel)];
}

/// <summary>Scores nodes by the number in their <c>score</c> label.</summary>
internal sealed class LabelScore : IScorePlugin
{
    public const string PluginName = "LabelScore";

    public string Name => PluginName;

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node) =>
        (long.TryParse(node.Node.Metadata.Labels?.GetValueOrDefault("score"), out var s) ? s : 0, Status.Success);
}

/// <summary>Implements every cheap extension point, to test ordering.</summary>
internal sealed class Everything(string name) : IPreFilterPlugin, IFilterPlugin, IScorePlugin
{
    public string Name => name;

    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes) => (null, Status.Success);

    public Status Filter(CycleState state, Pod pod, NodeInfo node) => Status.Success;

    public (long Score, Status Status) Score(CycleState state, Pod pod, NodeInfo node) => (0, Status.Success);
}
