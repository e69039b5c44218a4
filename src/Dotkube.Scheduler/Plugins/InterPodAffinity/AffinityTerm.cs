using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>
/// A pod (anti-)affinity term with its selectors parsed (upstream framework.AffinityTerm): a pod
/// matches when it is in one of <see cref="Namespaces"/> or its namespace's labels match
/// <see cref="NamespaceSelector"/>, and its labels match <see cref="Selector"/>.
/// </summary>
internal sealed record AffinityTerm(Selector Selector, IReadOnlySet<string> Namespaces, Selector NamespaceSelector, string TopologyKey, int Weight)
{
    /// <param name="nsLabels">The labels of <paramref name="pod"/>'s namespace; null where the namespace selector was already folded into <see cref="Namespaces"/>.</param>
    public bool Matches(Pod pod, IReadOnlyDictionary<string, string>? nsLabels) =>
        (Namespaces.Contains(pod.Metadata.Namespace ?? "") || NamespaceSelector.Matches(nsLabels)) && Selector.Matches(pod.Metadata.Labels);

    /// <summary>
    /// Parses <paramref name="term"/> of <paramref name="owner"/>. As upstream, no namespaces and no
    /// namespaceSelector mean the owner's namespace; a null namespaceSelector selects no namespace
    /// and an empty one every namespace. matchLabelKeys and mismatchLabelKeys add "key in (value)"
    /// and "key notin (value)" with the owner's label values, as the API server does at pod
    /// creation upstream (dotkube's API server leaves them to the scheduler).
    /// </summary>
    public static bool TryCreate(Pod owner, PodAffinityTerm term, int weight, out AffinityTerm? parsed, out string? error)
    {
        parsed = null;
        if (!Selector.TryFromLabelSelector(term.LabelSelector, out var selector, out error) ||
            !Selector.TryFromLabelSelector(term.NamespaceSelector, out var nsSelector, out error))
            return false;

        var labels = owner.Metadata.Labels ?? [];
        var extra = new List<LabelRequirement>();
        foreach (var key in term.MatchLabelKeys ?? [])
        {
            if (labels.TryGetValue(key, out var value))
                extra.Add(LabelRequirement.Create(key, SelectionOperator.In, [value]));
        }

        foreach (var key in term.MismatchLabelKeys ?? [])
        {
            if (labels.TryGetValue(key, out var value))
                extra.Add(LabelRequirement.Create(key, SelectionOperator.NotIn, [value]));
        }

        if (extra.Count > 0 && term.LabelSelector is not null)
            selector = selector.Add(extra);

        var namespaces = term.Namespaces is { Count: > 0 } || term.NamespaceSelector is not null
            ? new HashSet<string>(term.Namespaces ?? [], StringComparer.Ordinal)
            : new HashSet<string>([owner.Metadata.Namespace ?? ""], StringComparer.Ordinal);
        parsed = new AffinityTerm(selector, namespaces, nsSelector, term.TopologyKey, weight);
        return true;
    }

    /// <summary>
    /// Folds the namespace selector into the namespace names (upstream
    /// mergeAffinityTermNamespacesIfNotEmpty), so the incoming pod's terms can be matched against
    /// existing pods without looking up each pod's namespace. An empty selector (every namespace)
    /// stays as it is: it matches without labels.
    /// </summary>
    public AffinityTerm WithSelectedNamespaces(Func<Selector, IEnumerable<string>> namespacesMatching)
    {
        if (NamespaceSelector.IsEmpty || NamespaceSelector.IsNothing)
            return this;
        var names = new HashSet<string>(Namespaces, StringComparer.Ordinal);
        names.UnionWith(namespacesMatching(NamespaceSelector));
        return this with { Namespaces = names, NamespaceSelector = Selector.Nothing };
    }
}
