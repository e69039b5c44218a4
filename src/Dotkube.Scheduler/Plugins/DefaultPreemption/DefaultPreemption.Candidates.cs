using Dotkube.Api.Core.V1;
using Dotkube.Api.Policy.V1;
using Dotkube.Client.Rest;
using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.Helper;

namespace Dotkube.Scheduler.Plugins.DefaultPreemption;

public sealed partial class DefaultPreemption
{
    /// <summary>
    /// Upstream findCandidates: only nodes the filters found Unschedulable (not unresolvable) may
    /// become fit by evicting pods. With none, the pod's earlier nomination is cleared.
    /// </summary>
    private async Task<(List<Candidate> Candidates, Dictionary<string, Status> Statuses, Status? Error)> FindCandidatesAsync(CycleState state,
        Pod pod, IReadOnlyDictionary<string, Status> rejections, CancellationToken ct)
    {
        var allNodes = _handle.Snapshot.Nodes;
        if (allNodes.Count == 0)
            return ([], [], Status.Error("no nodes available"));
        var potential = allNodes.Where(n => rejections.GetValueOrDefault(n.Name)?.Code == Code.Unschedulable).ToList();
        if (potential.Count == 0)
        {
            LogNotHelpful(_logger, pod.Metadata.Namespace, pod.Metadata.Name);
            try
            {
                await PodStatusPatch.ClearNominatedNodeNameAsync(_handle.Client, [pod], ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ApiStatusException or HttpRequestException)
            {
                LogClearNominationFailed(_logger, e, pod.Metadata.Namespace, pod.Metadata.Name);
            }

            return ([], [], null);
        }

        var offset = _random.Next(potential.Count);
        return DryRunPreemption(state, pod, potential, _pdbs.List(), offset, Args.CandidatesToFind(potential.Count));
    }

    /// <summary>
    /// Upstream DryRunPreemption: simulates preemption on each potential node (from
    /// <paramref name="offset"/>, wrapping around, in parallel, each on its own copies) until
    /// <paramref name="toFind"/> candidates are found with at least one that violates no PDB. The
    /// candidates come back non-violating first; the other nodes' statuses say why they are none.
    /// </summary>
    public (List<Candidate> Candidates, Dictionary<string, Status> Statuses, Status? Error) DryRunPreemption(CycleState state, Pod pod,
        IReadOnlyList<NodeInfo> potential, IReadOnlyList<PodDisruptionBudget> pdbs, int offset, int toFind)
    {
        var gate = new object();
        var nonViolating = new List<Candidate>();
        var violating = new List<Candidate>();
        var statuses = new Dictionary<string, Status>(StringComparer.Ordinal);
        Status? error = null;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Preemption.Parallelism };
        Parallel.For(0, potential.Count, options, (i, loop) =>
        {
            var node = potential[(offset + i) % potential.Count].Clone();
            var (victims, violations, status) = SelectVictimsOnNode(state.Clone(), pod, node, pdbs);
            if (status.IsSuccess && victims.Count == 0)
                status = Status.Error($"expected at least one victim pod on node \"{node.Name}\"");
            lock (gate)
            {
                if (status.IsSuccess)
                {
                    var list = violations == 0 ? nonViolating : violating;
                    if (list.Count < toFind)
                        list.Add(new Candidate(node.Name, victims, violations));
                    if (nonViolating.Count > 0 && nonViolating.Count + violating.Count >= toFind)
                        loop.Stop();
                    return;
                }

                if (status.Code == Code.Error)
                    error ??= status;
                statuses[node.Name] = status;
            }
        });
        return ([.. nonViolating, .. violating], statuses, error);
    }
}
