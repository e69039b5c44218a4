using Dotkube.Api.Core.V1;

namespace Dotkube.Controllers.Namespaces;

/// <summary>
/// The status conditions the namespace controller keeps while deleting a namespace's content
/// (upstream's namespaceConditionUpdater): each of the five types is True with a reason and
/// message when that step has a problem, else False with its "all is well" reason and message.
/// Messages list items sorted, so an unchanged situation writes nothing.
/// </summary>
public sealed class NamespaceConditions
{
    private static readonly (string Type, string Reason, string Message)[] Ok =
    [
        (NamespaceConditionType.DeletionDiscoveryFailure, "ResourcesDiscovered", "All resources successfully discovered"),
        (NamespaceConditionType.DeletionGVParsingFailure, "ParsedGroupVersions", "All legacy kube types successfully parsed"),
        (NamespaceConditionType.DeletionContentFailure, "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
        (NamespaceConditionType.ContentRemaining, "ContentRemoved", "All content successfully removed"),
        (NamespaceConditionType.FinalizersRemaining, "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
    ];

    private readonly Dictionary<string, (string Reason, string Message)> _failing = [];
    private readonly List<string> _contentErrors = [];

    public void DiscoveryFailed(int failedGroups, string message) =>
        _failing[NamespaceConditionType.DeletionDiscoveryFailure] =
            ("DiscoveryFailed", failedGroups > 0 ? $"Discovery failed for some groups, {failedGroups} failing: {message}" : message);

    public void DeleteContentFailed(string error) => _contentErrors.Add(error);

    /// <summary>What is left: instances per group resource ("pods", "deployments.apps") and per finalizer.</summary>
    public void ContentRemaining(IReadOnlyDictionary<string, int> byResource, IReadOnlyDictionary<string, int> byFinalizer)
    {
        var resources = byResource.Where(r => r.Value > 0).Select(r => $"{r.Key} has {r.Value} resource instances").Order(StringComparer.Ordinal).ToList();
        if (resources.Count > 0)
            _failing[NamespaceConditionType.ContentRemaining] = ("SomeResourcesRemain", $"Some resources are remaining: {string.Join(", ", resources)}");
        var finalizers = byFinalizer.Where(f => f.Value > 0).Select(f => $"{f.Key} in {f.Value} resource instances").Order(StringComparer.Ordinal).ToList();
        if (finalizers.Count > 0)
        {
            _failing[NamespaceConditionType.FinalizersRemaining] =
                ("SomeFinalizersRemain", $"Some content in the namespace has finalizers remaining: {string.Join(", ", finalizers)}");
        }
    }

    /// <summary>Writes the five conditions into <paramref name="status"/>; true when anything changed.</summary>
    public bool ApplyTo(NamespaceStatus status, DateTimeOffset now)
    {
        if (_contentErrors.Count > 0)
        {
            var errors = _contentErrors.Order(StringComparer.Ordinal).ToList();
            _failing[NamespaceConditionType.DeletionContentFailure] =
                ("ContentDeletionFailed", $"Failed to delete all resource types, {errors.Count} remaining: {string.Join(", ", errors)}");
        }

        var conditions = status.Conditions ?? [];
        var changed = false;
        foreach (var (type, okReason, okMessage) in Ok)
        {
            var (state, reason, message) = _failing.TryGetValue(type, out var failing)
                ? ("True", failing.Reason, failing.Message)
                : ("False", okReason, okMessage);
            var old = conditions.FirstOrDefault(c => c.Type == type);
            if (old is null)
            {
                conditions.Add(new NamespaceCondition { Type = type, Status = state, Reason = reason, Message = message, LastTransitionTime = now });
                changed = true;
            }
            else if (old.Status != state || old.Reason != reason || old.Message != message)
            {
                if (old.Status != state)
                    old.LastTransitionTime = now;
                old.Status = state;
                old.Reason = reason;
                old.Message = message;
                changed = true;
            }
        }

        status.Conditions = conditions;
        return changed;
    }
}
