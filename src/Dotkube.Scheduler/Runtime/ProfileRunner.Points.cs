using System.Globalization;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Runtime;

public sealed partial class ProfileRunner
{
    /// <summary>
    /// Runs PreFilter: Skip turns the plugin's Filter off for the cycle, a rejection ends the cycle,
    /// and the node sets plugins return are intersected (an empty intersection rejects the pod).
    /// </summary>
    public (PreFilterResult? Result, Status Status, IReadOnlyList<string> NarrowingPlugins) RunPreFilter(CycleState state, Pod pod,
        IReadOnlyList<NodeInfo> nodes)
    {
        HashSet<string>? names = null;
        var narrowing = new List<string>();
        foreach (var plugin in PreFilter)
        {
            var (result, status) = plugin.PreFilter(state, pod, nodes);
            if (status.Code == Code.Skip)
            {
                state.SkipFilterPlugins.Add(plugin.Name);
                continue;
            }

            if (!status.IsSuccess)
                return (null, AsFailure(status, plugin.Name, "PreFilter"), narrowing);
            if (result?.NodeNames is not { } set)
                continue;
            narrowing.Add(plugin.Name);
            names = names is null ? new HashSet<string>(set, StringComparer.Ordinal) : [.. names.Where(set.Contains)];
            if (names.Count == 0)
            {
                var message = narrowing.Count == 1
                    ? $"node(s) didn't satisfy plugin {narrowing[0]}"
                    : $"node(s) didn't satisfy plugin(s) [{string.Join(' ', narrowing)}] simultaneously";
                return (null, Status.Unresolvable(message).WithPlugin(plugin.Name), narrowing);
            }
        }

        return (names is null ? null : new PreFilterResult(names), Status.Success, narrowing);
    }

    /// <summary>Runs the Filter plugins for one node, stopping at the first that does not pass (its status names it).</summary>
    public Status RunFilterPlugins(CycleState state, Pod pod, NodeInfo node)
    {
        foreach (var plugin in Filter)
        {
            if (state.SkipFilterPlugins.Contains(plugin.Name))
                continue;
            var status = plugin.Filter(state, pod, node);
            if (!status.IsSuccess)
                return AsFailure(status, plugin.Name, "Filter");
        }

        return Status.Success;
    }

    /// <summary>Runs PostFilter until one succeeds or declares the pod unresolvable; the rejections' reasons are kept for the message.</summary>
    public async Task<(PostFilterResult? Result, Status Status)> RunPostFilterAsync(CycleState state, Pod pod,
        IReadOnlyDictionary<string, Status> rejections, CancellationToken ct)
    {
        var reasons = new List<string>();
        string? rejectedBy = null;
        PostFilterResult? last = null;
        foreach (var plugin in PostFilter)
        {
            var (result, status) = await plugin.PostFilterAsync(state, pod, rejections, ct).ConfigureAwait(false);
            if (status.IsSuccess || status.Code == Code.UnschedulableAndUnresolvable)
                return (result, status.WithPlugin(plugin.Name));
            if (!status.IsRejected)
                return (null, AsFailure(status, plugin.Name, "PostFilter"));
            reasons.AddRange(status.Reasons);
            rejectedBy ??= plugin.Name;
            last = result ?? last;
        }

        return (last, new Status(Code.Unschedulable, reasons, rejectedBy));
    }

    public Status RunPreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        foreach (var plugin in PreScore)
        {
            var status = plugin.PreScore(state, pod, nodes);
            if (status.Code == Code.Skip)
                state.SkipScorePlugins.Add(plugin.Name);
            else if (!status.IsSuccess)
                return Status.Error($"running PreScore plugin \"{plugin.Name}\": {status.Message}").WithPlugin(plugin.Name);
        }

        return Status.Success;
    }

    /// <summary>
    /// Scores every node with every Score plugin (nodes in parallel), normalizes each plugin's scores,
    /// checks they are within [0, 100], and sums them with the profile's weights.
    /// </summary>
    public (List<NodeScore> Totals, Status Status) RunScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes, int parallelism)
    {
        var (perPlugin, status) = RunScorePlugins(state, pod, nodes, parallelism);
        if (!status.IsSuccess)
            return ([], status);
        var totals = nodes.Select(n => new NodeScore(n.Name, 0)).ToList();
        foreach (var (name, scores) in perPlugin)
        {
            var weight = WeightOf(name);
            for (var i = 0; i < nodes.Count; i++)
                totals[i] = totals[i] with { Score = totals[i].Score + scores[i].Score * weight };
        }

        return (totals, Status.Success);
    }

    /// <summary>
    /// Each Score plugin's normalized, unweighted scores (in <paramref name="nodes"/>' order), for
    /// plugins PreScore did not skip; a score outside [0, 100] after normalizing is an error.
    /// </summary>
    public (List<(string Plugin, List<NodeScore> Scores)> PerPlugin, Status Status) RunScorePlugins(CycleState state, Pod pod,
        IReadOnlyList<NodeInfo> nodes, int parallelism)
    {
        var plugins = Score.Where(p => !state.SkipScorePlugins.Contains(p.Name)).ToList();
        var scores = plugins.Select(_ => new List<NodeScore>(new NodeScore[nodes.Count])).ToList();
        Status? failure = null;
        Parallel.For(0, nodes.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, (i, loop) =>
        {
            for (var p = 0; p < plugins.Count; p++)
            {
                var (score, status) = plugins[p].Score(state, pod, nodes[i]);
                if (!status.IsSuccess)
                {
                    Interlocked.CompareExchange(ref failure,
                        Status.Error($"running Score plugin \"{plugins[p].Name}\": {status.Message}").WithPlugin(plugins[p].Name), null);
                    loop.Stop();
                    return;
                }

                scores[p][i] = new NodeScore(nodes[i].Name, score);
            }
        });
        if (failure is not null)
            return ([], failure);

        var result = new List<(string Plugin, List<NodeScore> Scores)>(plugins.Count);
        for (var p = 0; p < plugins.Count; p++)
        {
            var name = plugins[p].Name;
            var status = plugins[p].NormalizeScore(state, pod, scores[p]);
            if (!status.IsSuccess)
                return ([], Status.Error($"running Normalize on Score plugins \"{name}\": {status.Message}").WithPlugin(name));
            if (scores[p].FirstOrDefault(s => s.Score is < 0 or > NodeScore.Max) is { Name: not null } invalid)
            {
                return ([], Status.Error(string.Create(CultureInfo.InvariantCulture,
                    $"plugin \"{name}\" returns an invalid score {invalid.Score}, it should in the range of [0, {NodeScore.Max}] after normalizing")));
            }

            result.Add((name, scores[p]));
        }

        return (result, Status.Success);
    }

    public Status RunReserve(CycleState state, Pod pod, string nodeName)
    {
        foreach (var plugin in Reserve)
        {
            var status = plugin.Reserve(state, pod, nodeName);
            if (!status.IsSuccess)
                return AsFailure(status, plugin.Name, "Reserve");
        }

        return Status.Success;
    }

    /// <summary>Undoes Reserve, in reverse order, as upstream.</summary>
    public void RunUnreserve(CycleState state, Pod pod, string nodeName)
    {
        for (var i = Reserve.Count - 1; i >= 0; i--)
            Reserve[i].Unreserve(state, pod, nodeName);
    }

    /// <summary>Runs Permit; dotkube does not hold pods, so Wait is reported as an error.</summary>
    public Status RunPermit(CycleState state, Pod pod, string nodeName)
    {
        foreach (var plugin in Permit)
        {
            var (status, _) = plugin.Permit(state, pod, nodeName);
            if (status.Code == Code.Wait)
                return Status.Error($"plugin \"{plugin.Name}\" asked to wait at Permit, which dotkube does not support").WithPlugin(plugin.Name);
            if (!status.IsSuccess)
                return AsFailure(status, plugin.Name, "Permit");
        }

        return Status.Success;
    }

    public async Task<Status> RunPreBindAsync(CycleState state, Pod pod, string nodeName, CancellationToken ct)
    {
        foreach (var plugin in PreBind)
        {
            var status = await plugin.PreBindAsync(state, pod, nodeName, ct).ConfigureAwait(false);
            if (status.Code == Code.Skip)
                continue;
            if (!status.IsSuccess)
                return AsFailure(status, plugin.Name, "PreBind");
        }

        return Status.Success;
    }

    /// <summary>Runs the bind plugins until one does not answer Pending.</summary>
    public async Task<Status> RunBindAsync(CycleState state, Pod pod, string nodeName, CancellationToken ct)
    {
        foreach (var plugin in Bind)
        {
            var status = await plugin.BindAsync(state, pod, nodeName, ct).ConfigureAwait(false);
            if (status.Code is Code.Pending or Code.Skip)
                continue;
            return status.IsSuccess ? status : AsFailure(status, plugin.Name, "Bind");
        }

        return Status.Error("no bind plugin bound the pod");
    }

    /// <summary>A rejection keeps its reasons; anything else becomes an error naming the plugin, as upstream wraps it.</summary>
    private static Status AsFailure(Status status, string plugin, string point) =>
        status.IsRejected
            ? status.WithPlugin(plugin)
            : Status.Error($"running {point} plugin \"{plugin}\": {status.Message}").WithPlugin(plugin);
}
