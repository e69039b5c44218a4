using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.DefaultBinder;
using Dotkube.Scheduler.Plugins.PrioritySort;
using Dotkube.Scheduler.Profiles;
using Dotkube.Scheduler.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dotkube.Scheduler.Explain;

/// <summary>
/// Answers "why is my pod Pending": runs a profile's PreFilter, then every Filter plugin on every
/// node (not stopping at the first rejection, unlike a scheduling cycle), then PreScore and each
/// Score plugin for the feasible nodes. Read-only: nothing is reserved, bound or written.
/// </summary>
public static partial class PlacementExplainer
{
    public const string PreFilterStage = "PreFilter";

    public const string FilterStage = "Filter";

    /// <summary>Builds a profile's plugins as the scheduler does (the in-tree registry, PrioritySort and DefaultBinder always available).</summary>
    public static ProfileRunner BuildProfile(SchedulerProfile profile, IFrameworkHandle handle,
        IReadOnlyDictionary<string, PluginFactory>? registry = null, ILogger? logger = null)
    {
        var plugins = new Dictionary<string, PluginFactory>(registry ?? PluginRegistry.All, StringComparer.Ordinal);
        plugins.TryAdd(PrioritySort.PluginName, (_, _) => new PrioritySort());
        plugins.TryAdd(DefaultBinder.PluginName, (_, h) => new DefaultBinder(h));
        return new ProfileRunner(profile, plugins, handle, logger ?? NullLogger.Instance);
    }

    /// <summary>Explains <paramref name="pod"/>'s placement on <paramref name="nodes"/> (the NodeInfos already hold the pods bound there).</summary>
    public static PlacementExplanation Explain(ProfileRunner profile, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var state = new CycleState();
        var fitError = new FitError(pod, nodes.Count);
        var verdicts = nodes.ToDictionary(n => n.Name, _ => new List<PluginVerdict>(), StringComparer.Ordinal);
        var (preResult, preStatus, narrowing) = profile.RunPreFilter(state, pod, nodes);
        var candidates = nodes;
        if (!preStatus.IsSuccess)
        {
            foreach (var node in nodes)
                verdicts[node.Name].Add(new PluginVerdict(preStatus.Plugin ?? "", PreFilterStage, preStatus));
            fitError.PreFilterMessage = preStatus.Message;
            candidates = [];
        }
        else if (preResult?.NodeNames is { } names)
        {
            var plugins = string.Join(' ', narrowing.Order(StringComparer.Ordinal));
            var absent = Status.Unresolvable($"node(s) didn't satisfy plugin(s) [{plugins}]").WithPlugin(plugins);
            foreach (var node in nodes.Where(n => !names.Contains(n.Name)))
            {
                verdicts[node.Name].Add(new PluginVerdict(plugins, PreFilterStage, absent));
                fitError.NodeStatuses[node.Name] = absent;
            }

            candidates = [.. nodes.Where(n => names.Contains(n.Name))];
        }

        // Every Filter plugin on every candidate: the scheduler stops at the first rejection, an explanation does not.
        Parallel.ForEach(candidates, node =>
        {
            var list = verdicts[node.Name];
            foreach (var plugin in profile.Filter)
            {
                var status = state.SkipFilterPlugins.Contains(plugin.Name) ? Status.Skip : plugin.Filter(state, pod, node);
                list.Add(new PluginVerdict(plugin.Name, FilterStage, status.WithPlugin(plugin.Name)));
            }
        });
        foreach (var node in candidates)
        {
            // The summary counts what the scheduler would report: each node's first rejection.
            if (verdicts[node.Name].FirstOrDefault(v => v.Rejects) is { } first)
                fitError.NodeStatuses[node.Name] = first.Status;
        }

        var feasible = candidates.Where(n => !verdicts[n.Name].Any(v => v.Rejects)).ToList();
        var (scores, scoreError) = ScoreFeasible(profile, state, pod, feasible);
        var explained = nodes
            .Select(n => new NodeExplanation(n.Name, verdicts[n.Name], scores.GetValueOrDefault(n.Name) ?? []))
            .OrderBy(n => n.Fits ? 0 : 1)
            .ThenByDescending(n => n.TotalScore)
            .ThenBy(n => n.Node, StringComparer.Ordinal)
            .ToList();
        return new PlacementExplanation(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", profile.Name, explained,
            Summary(fitError, feasible.Count))
        {
            ScoreError = scoreError,
        };
    }

    /// <summary>Each feasible node's per-plugin weighted scores, highest first; empty with the error when PreScore or Score fails.</summary>
    private static (Dictionary<string, IReadOnlyList<PluginScore>> Scores, Status? Error) ScoreFeasible(ProfileRunner profile, CycleState state,
        Pod pod, List<NodeInfo> feasible)
    {
        var scores = new Dictionary<string, IReadOnlyList<PluginScore>>(StringComparer.Ordinal);
        if (feasible.Count == 0)
            return (scores, null);
        var preScore = profile.RunPreScore(state, pod, feasible);
        if (!preScore.IsSuccess)
            return (scores, preScore);
        var (perPlugin, status) = profile.RunScorePlugins(state, pod, feasible, Environment.ProcessorCount);
        if (!status.IsSuccess)
            return (scores, status);
        for (var i = 0; i < feasible.Count; i++)
        {
            scores[feasible[i].Name] = perPlugin
                .Select(p => new PluginScore(p.Plugin, p.Scores[i].Score, profile.WeightOf(p.Plugin)))
                .OrderByDescending(s => s.Weighted)
                .ThenBy(s => s.Plugin, StringComparer.Ordinal)
                .ToList();
        }

        return (scores, null);
    }

    /// <summary>Upstream's FitError message, with the number of feasible nodes in place of its 0.</summary>
    private static string Summary(FitError fitError, int feasible)
    {
        if (fitError.AllNodes == 0)
            return FitError.NoNodesAvailable;
        var zero = string.Create(CultureInfo.InvariantCulture, $"0/{fitError.AllNodes} nodes are available:");
        var reasons = fitError.Message[zero.Length..];
        return string.Create(CultureInfo.InvariantCulture, $"{feasible}/{fitError.AllNodes} nodes are available") + (reasons.Length > 0 ? $":{reasons}" : ".");
    }
}
