using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Selectors;
using Dotkube.Client.Informers;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>
/// Pod affinity and anti-affinity (upstream plugin InterPodAffinity). Filter enforces the incoming
/// pod's required terms and the required anti-affinity terms of pods already placed; Score
/// favours topology domains by the preferred terms of both sides and existing pods' required
/// affinity (weighted by <see cref="InterPodAffinityArgs.HardPodAffinityWeight"/>).
/// </summary>
public sealed partial class InterPodAffinity : IPreFilterPlugin, IFilterPlugin, IPreScorePlugin, IScorePlugin, IEnqueueExtensions
{
    public const string PluginName = "InterPodAffinity";

    public const string ErrReasonExistingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules";

    public const string ErrReasonAffinityRulesNotMatch = "node(s) didn't match pod affinity rules";

    public const string ErrReasonAntiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules";

    private readonly IFrameworkHandle _handle;
    private readonly Lister<Namespace> _namespaces;

    public InterPodAffinity(JsonObject? args, IFrameworkHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        Args = InterPodAffinityArgs.From(args);
        _handle = handle;
        _namespaces = handle.Informers.For<Namespace>().Lister;
    }

    public string Name => PluginName;

    public InterPodAffinityArgs Args { get; }

    /// <summary>As upstream: new or relabelled pods and deleted pods change the counts; new or relabelled nodes add domains.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
    [
        new("Pod", ClusterEventAction.Add | ClusterEventAction.UpdatePodLabel | ClusterEventAction.Delete),
        new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeLabel),
    ];

    /// <summary>The labels of the namespace <paramref name="name"/> (upstream GetNamespaceLabelsSnapshot); null when it is not in the cache.</summary>
    private Dictionary<string, string>? NamespaceLabels(string? name) =>
        _namespaces.Get(null, name ?? "")?.Metadata.Labels is { } labels ? new Dictionary<string, string>(labels, StringComparer.Ordinal) : null;

    private IEnumerable<string> NamespacesMatching(Selector selector) =>
        _namespaces.List(null, selector).Select(ns => ns.Metadata.Name!);

    /// <summary>The incoming pod's terms with namespace selectors resolved to names.</summary>
    private List<AffinityTerm> Resolve(IReadOnlyList<AffinityTerm> terms) => [.. terms.Select(t => t.WithSelectedNamespaces(NamespacesMatching))];
}
