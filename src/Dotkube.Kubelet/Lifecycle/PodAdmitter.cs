using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Kubelet.Pods;

namespace Dotkube.Kubelet.Lifecycle;

/// <summary>
/// Decides once per pod whether this node runs it (see <see cref="PodAdmission"/>) and remembers
/// the answer. As upstream's HandlePodAdditions, pods are admitted oldest first: deciding a pod
/// first decides every undecided pod created before it, so the answers do not depend on which
/// worker comes first, and a restarted agent admits its pods again in creation order. A pod the
/// kubelet already ran (phase Running, or containers in the runtime) is admitted as it is.
/// </summary>
/// <param name="pods">The pods bound to this node.</param>
/// <param name="node">This node's object, null while unknown.</param>
/// <param name="fallbackAllocatable">What the node offers while its object (or its status.allocatable) is unknown.</param>
public sealed class PodAdmitter(Func<IReadOnlyList<Pod>> pods, Func<Api.Core.V1.Node?> node, IReadOnlyDictionary<string, Quantity> fallbackAllocatable)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, AdmissionResult> _decided = new(StringComparer.Ordinal);

    /// <param name="pod">A pod bound to this node, not terminal and not being deleted.</param>
    /// <param name="ran">Whether the runtime has containers of it already.</param>
    public AdmissionResult Admit(Pod pod, bool ran)
    {
        lock (_lock)
        {
            if (_decided.TryGetValue(pod.Uid(), out var known))
                return known;
            if (ran || pod.Status.Phase == PodPhases.Running)
                return _decided[pod.Uid()] = AdmissionResult.Admitted;

            var candidates = pods().Where(p => !PodPhases.IsTerminal(p.Status.Phase) && p.Metadata.Uid is { Length: > 0 })
                .OrderBy(p => p.Metadata.CreationTimestamp).ThenBy(p => p.Metadata.Uid, StringComparer.Ordinal)
                .ToList();
            if (candidates.All(p => p.Uid() != pod.Uid()))
                candidates.Add(pod);
            var self = node();
            var capacity = self?.Status.Allocatable is { Count: > 0 } allocatable ? allocatable : fallbackAllocatable;
            foreach (var candidate in candidates)
            {
                if (_decided.ContainsKey(candidate.Uid()))
                    continue;
                var active = candidates.Where(p => p.Uid() != candidate.Uid() && _decided.GetValueOrDefault(p.Uid())?.Admit == true).ToList();
                _decided[candidate.Uid()] = candidate.Status.Phase == PodPhases.Running || candidate.Metadata.DeletionTimestamp is not null
                    ? AdmissionResult.Admitted
                    : PodAdmission.Admit(candidate, active, capacity, self);
                if (candidate.Uid() == pod.Uid())
                    break;
            }

            return _decided[pod.Uid()];
        }
    }

    /// <summary>Drops what is known of a pod the API no longer has.</summary>
    public void Forget(string uid)
    {
        lock (_lock)
            _decided.Remove(uid);
    }
}
