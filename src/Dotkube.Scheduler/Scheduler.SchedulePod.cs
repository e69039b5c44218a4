using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Runtime;

namespace Dotkube.Scheduler;

/// <summary>The scheduling algorithm (upstream schedulePod): filter the nodes, score the feasible ones, pick the best.</summary>
public sealed partial class Scheduler
{
    /// <summary>The chosen node, or the FitError saying why none fits, or an error status.</summary>
    internal sealed record ScheduleResult(string? Node, FitError? FitError, Status Status);

    internal ScheduleResult SchedulePod(ProfileRunner profile, CycleState state, Pod pod)
    {
        var allNodes = _snapshot.Nodes;
        if (allNodes.Count == 0)
            return new ScheduleResult(null, null, Status.Unresolvable(FitError.NoNodesAvailable));

        var fitError = new FitError(pod, allNodes.Count);
        var (preResult, preStatus, narrowing) = profile.RunPreFilter(state, pod, allNodes);
        if (!preStatus.IsSuccess)
        {
            if (!preStatus.IsRejected)
                return new ScheduleResult(null, null, preStatus);
            // Upstream gives every node the PreFilter status, and the message only once.
            foreach (var node in allNodes)
                fitError.NodeStatuses[node.Name] = preStatus;
            fitError.PreFilterMessage = preStatus.Message;
            if (preStatus.Plugin is { } plugin)
                fitError.UnschedulablePlugins.Add(plugin);
            return new ScheduleResult(null, fitError, preStatus);
        }

        var candidates = allNodes;
        if (preResult?.NodeNames is { } names)
        {
            candidates = [.. allNodes.Where(n => names.Contains(n.Name))];
            fitError.AbsentNodesStatus = Status.Unresolvable($"node(s) didn't satisfy plugin(s) [{string.Join(' ', narrowing.Order(StringComparer.Ordinal))}]");
            fitError.UnschedulablePlugins.UnionWith(narrowing);
        }

        var feasible = FindFeasible(profile, state, pod, candidates, allNodes.Count, fitError, out var error);
        if (error is not null)
            return new ScheduleResult(null, null, error);
        if (feasible.Count == 0)
            return new ScheduleResult(null, fitError, new Status(Code.Unschedulable, [fitError.Message]));
        if (feasible.Count == 1)
            return new ScheduleResult(feasible[0].Name, null, Status.Success);

        var preScore = profile.RunPreScore(state, pod, feasible);
        if (!preScore.IsSuccess)
            return new ScheduleResult(null, null, preScore);
        var (totals, scoreStatus) = profile.RunScore(state, pod, feasible, _options.Parallelism);
        return scoreStatus.IsSuccess
            ? new ScheduleResult(SelectHost(totals), null, Status.Success)
            : new ScheduleResult(null, null, scoreStatus);
    }

    /// <summary>
    /// Runs Filter over the candidates in parallel from a start index that rotates between cycles,
    /// stopping once enough feasible nodes are found (<see cref="FeasibleNodes.ToFind"/>).
    /// </summary>
    private List<NodeInfo> FindFeasible(ProfileRunner profile, CycleState state, Pod pod, IReadOnlyList<NodeInfo> candidates, int allNodes,
        FitError fitError, out Status? error)
    {
        error = null;
        if (candidates.Count == 0)
            return [];
        var percentage = profile.Profile.PercentageOfNodesToScore ?? _options.Configuration.PercentageOfNodesToScore;
        var toFind = FeasibleNodes.ToFind(percentage, candidates.Count);
        var start = _nextStartNodeIndex % candidates.Count;
        var found = new NodeInfo?[toFind];
        var foundCount = 0;
        var processed = 0;
        var statuses = new Status?[candidates.Count];
        Status? failure = null;
        if (profile.Filter.All(f => state.SkipFilterPlugins.Contains(f.Name)))
        {
            for (var i = 0; i < toFind; i++)
                found[i] = candidates[(start + i) % candidates.Count];
            foundCount = processed = toFind;
        }
        else
        {
            Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism }, (i, loop) =>
            {
                if (Volatile.Read(ref foundCount) >= toFind)
                {
                    loop.Stop();
                    return;
                }

                var node = candidates[(start + i) % candidates.Count];
                var status = profile.RunFilterPluginsWithNominatedPods(state, pod, node);
                Interlocked.Increment(ref processed);
                if (status.IsSuccess)
                {
                    var slot = Interlocked.Increment(ref foundCount) - 1;
                    if (slot < toFind)
                        found[slot] = node;
                    else
                        loop.Stop();
                }
                else if (status.IsRejected)
                {
                    statuses[(start + i) % candidates.Count] = status;
                }
                else
                {
                    Interlocked.CompareExchange(ref failure, status, null);
                    loop.Stop();
                }
            });
        }

        _nextStartNodeIndex = (start + processed) % candidates.Count;
        if (failure is not null)
        {
            error = failure;
            return [];
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (statuses[i] is not { } status)
                continue;
            fitError.NodeStatuses[candidates[i].Name] = status;
            if (status.Plugin is { } plugin)
                fitError.UnschedulablePlugins.Add(plugin);
        }

        return [.. found.Take(Math.Min(foundCount, toFind)).OfType<NodeInfo>()];
    }

    /// <summary>The highest total score; ties are broken at random (reservoir sampling, as upstream selectHost).</summary>
    private string SelectHost(List<NodeScore> totals)
    {
        var best = totals[0];
        var ties = 1;
        for (var i = 1; i < totals.Count; i++)
        {
            if (totals[i].Score > best.Score)
            {
                best = totals[i];
                ties = 1;
            }
            else if (totals[i].Score == best.Score && _random.Next(++ties) == 0)
            {
                best = totals[i];
            }
        }

        return best.Name;
    }
}
