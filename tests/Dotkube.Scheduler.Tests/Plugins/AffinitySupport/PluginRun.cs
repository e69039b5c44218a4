using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Tests.Plugins.AffinitySupport;

/// <summary>Runs a plugin's extension points the way the framework does for one pod.</summary>
public static class PluginRun
{
    /// <summary>PreFilter then Filter on every node; a PreFilter Skip passes every node.</summary>
    public static Dictionary<string, Status> Filter<T>(T plugin, Pod pod, IReadOnlyList<NodeInfo> nodes)
        where T : IPreFilterPlugin, IFilterPlugin
    {
        var state = new CycleState();
        var (_, pre) = plugin.PreFilter(state, pod, nodes);
        if (pre.Code == Code.Skip)
            return nodes.ToDictionary(n => n.Name, _ => Status.Success);
        Assert.True(pre.IsSuccess, pre.Message);
        return nodes.ToDictionary(n => n.Name, n => plugin.Filter(state, pod, n));
    }

    /// <summary>The nodes Filter lets through.</summary>
    public static string[] Feasible<T>(T plugin, Pod pod, IReadOnlyList<NodeInfo> nodes)
        where T : IPreFilterPlugin, IFilterPlugin =>
        [.. Filter(plugin, pod, nodes).Where(r => r.Value.IsSuccess).Select(r => r.Key)];

    /// <summary>PreScore, Score and NormalizeScore over <paramref name="nodes"/>; null when PreScore skips.</summary>
    public static Dictionary<string, long>? Scores<T>(T plugin, Pod pod, IReadOnlyList<NodeInfo> nodes)
        where T : IPreScorePlugin, IScorePlugin
    {
        var state = new CycleState();
        var pre = plugin.PreScore(state, pod, nodes);
        if (pre.Code == Code.Skip)
            return null;
        Assert.True(pre.IsSuccess, pre.Message);
        var scores = nodes.Select(n =>
        {
            var (score, status) = plugin.Score(state, pod, n);
            Assert.True(status.IsSuccess, status.Message);
            return new NodeScore(n.Name, score);
        }).ToList();
        Assert.True(plugin.NormalizeScore(state, pod, scores).IsSuccess);
        return scores.ToDictionary(s => s.Name, s => s.Score);
    }
}
