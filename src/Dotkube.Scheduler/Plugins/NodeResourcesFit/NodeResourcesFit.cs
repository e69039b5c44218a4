using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Scheduler.Framework;

namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

/// <summary>
/// Checks that the node has room for the pod's requests and pod count, and scores nodes by how
/// allocated they would be (upstream noderesources Fit). Args:
/// {"ignoredResources": [...], "ignoredResourceGroups": [...],
///  "scoringStrategy": {"type": "LeastAllocated"|"MostAllocated", "resources": [{"name", "weight"}]}}.
/// </summary>
public sealed partial class NodeResourcesFit : IPreFilterPlugin, IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = "NodeResourcesFit";

    public const string ErrReasonTooManyPods = "Too many pods";

    private const string PreFilterKey = "PreFilter" + PluginName;

    private readonly HashSet<string> _ignoredResources;

    private readonly HashSet<string> _ignoredResourceGroups;

    public NodeResourcesFit(JsonObject? args = null)
    {
        _ignoredResources = ReadStrings(args?["ignoredResources"]);
        _ignoredResourceGroups = ReadStrings(args?["ignoredResourceGroups"]);
        var strategy = args?["scoringStrategy"];
        Strategy = ParseStrategy(strategy?["type"]?.GetValue<string>());
        Resources = ResourceSpec.Parse(strategy?["resources"]);
    }

    public string Name => PluginName;

    public ScoringStrategy Strategy { get; }

    public IReadOnlyList<ResourceSpec> Resources { get; }

    /// <summary>Computes the pod's requests (init-container and sidecar rules included) once per cycle.</summary>
    public (PreFilterResult? Result, Status Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreFilterKey, PodRequests.Of(pod));
        return (null, Status.Success);
    }

    public Status Filter(CycleState state, Pod pod, NodeInfo node)
    {
        var request = state.Read<Resource>(PreFilterKey) ?? PodRequests.Of(pod);
        var insufficient = Insufficient(request, node);
        if (insufficient.Count == 0)
            return Status.Success;
        var reasons = insufficient.Select(i => i.Reason).ToArray();
        // As upstream: when the pod asks more than the node has at all, preempting pods cannot help.
        return insufficient.Any(i => i.Unresolvable) ? Status.Unresolvable(reasons) : Status.Unschedulable(reasons);
    }

    /// <summary>
    /// What the node lacks for <paramref name="request"/> (upstream fitsRequest): the pod count
    /// always, and each resource the pod requests that exceeds allocatable minus requested.
    /// Ignored extended resources (by name, or by the domain before the '/') are not checked.
    /// </summary>
    public IReadOnlyList<InsufficientResource> Insufficient(Resource request, NodeInfo node)
    {
        var result = new List<InsufficientResource>();
        var allocatable = node.Allocatable;
        if (node.Pods.Count + 1 > allocatable.AllowedPodNumber)
            result.Add(new("pods", ErrReasonTooManyPods, Unresolvable: false));

        Check("cpu", request.MilliCpu, allocatable.MilliCpu, node.Requested.MilliCpu);
        Check("memory", request.Memory, allocatable.Memory, node.Requested.Memory);
        Check("ephemeral-storage", request.EphemeralStorage, allocatable.EphemeralStorage, node.Requested.EphemeralStorage);
        foreach (var (name, amount) in request.Scalar.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (IsExtended(name) && IsIgnored(name))
                continue;
            Check(name, amount, allocatable.Scalar.GetValueOrDefault(name), node.Requested.Scalar.GetValueOrDefault(name));
        }

        return result;

        void Check(string name, long wanted, long nodeAllocatable, long nodeRequested)
        {
            if (wanted > 0 && wanted > nodeAllocatable - nodeRequested)
                result.Add(new(name, "Insufficient " + name, Unresolvable: wanted > nodeAllocatable));
        }
    }

    /// <summary>Freed requests (a pod deleted) or a bigger node may make room.</summary>
    public IReadOnlyList<ClusterEvent> EventsToRegister() =>
    [
        new("Pod", ClusterEventAction.Delete),
        new("Node", ClusterEventAction.Add | ClusterEventAction.UpdateNodeAllocatable | ClusterEventAction.UpdateNodeTaint |
            ClusterEventAction.UpdateNodeLabel),
    ];

    private bool IsIgnored(string name)
    {
        if (_ignoredResources.Contains(name))
            return true;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return _ignoredResourceGroups.Count > 0 && slash > 0 && _ignoredResourceGroups.Contains(name[..slash]);
    }

    /// <summary>Upstream IsExtendedResourceName: domain-prefixed, outside kubernetes.io/ (hugepages are not extended).</summary>
    private static bool IsExtended(string name) =>
        name.Contains('/', StringComparison.Ordinal) && !name.StartsWith("kubernetes.io/", StringComparison.Ordinal) &&
        !name.StartsWith("requests.", StringComparison.Ordinal);

    private static HashSet<string> ReadStrings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal) : [];

    private static ScoringStrategy ParseStrategy(string? type) => type switch
    {
        null or "" or "LeastAllocated" => ScoringStrategy.LeastAllocated,
        "MostAllocated" => ScoringStrategy.MostAllocated,
        _ => throw new NotSupportedException($"NodeResourcesFit scoringStrategy.type {type} is not supported (LeastAllocated, MostAllocated)"),
    };
}
