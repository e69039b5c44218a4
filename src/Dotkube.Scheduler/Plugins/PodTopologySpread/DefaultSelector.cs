using Dotkube.Api.Apps.V1;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>
/// The selector default constraints spread over (upstream helper.DefaultSelector): the selectors
/// of the Services that select the pod merged, plus its controller's selector when that is a
/// ReplicationController, ReplicaSet or StatefulSet. Empty when the pod belongs to none.
/// </summary>
internal sealed class DefaultSelector(
    Lister<Service> services,
    Lister<ReplicationController> replicationControllers,
    Lister<ReplicaSet> replicaSets,
    Lister<StatefulSet> statefulSets)
{
    public Selector For(Pod pod)
    {
        var ns = pod.Metadata.Namespace;
        var labelSet = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in services.List(ns))
        {
            // A Service without a selector selects nothing, not everything.
            if (service.Spec.Selector is not { } selector || !Selector.FromSet(selector).Matches(pod.Metadata.Labels))
                continue;
            foreach (var (key, value) in selector)
                labelSet[key] = value;
        }

        var result = Selector.FromSet(labelSet);
        var owner = pod.Metadata.OwnerReferences?.FirstOrDefault(o => o.Controller == true);
        switch (owner?.ApiVersion, owner?.Kind)
        {
            case ("v1", "ReplicationController"):
                if (replicationControllers.Get(ns, owner!.Name)?.Spec.Selector is { } rcSelector)
                {
                    foreach (var (key, value) in rcSelector)
                        labelSet[key] = value;
                    result = Selector.FromSet(labelSet);
                }

                break;
            case ("apps/v1", "ReplicaSet"):
                if (replicaSets.Get(ns, owner!.Name) is { } rs)
                    result = WithRequirementsOf(result, rs.Spec.Selector);
                break;
            case ("apps/v1", "StatefulSet"):
                if (statefulSets.Get(ns, owner!.Name) is { } ss)
                    result = WithRequirementsOf(result, ss.Spec.Selector);
                break;
        }

        return result;
    }

    private static Selector WithRequirementsOf(Selector selector, Api.Meta.LabelSelector? ownerSelector)
    {
        if (!Selector.TryFromLabelSelector(ownerSelector, out var parsed, out _) || parsed.IsNothing)
            return selector;
        return selector.Add(parsed.Requirements);
    }
}
