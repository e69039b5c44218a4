namespace Dotkube.Controllers.Common;

/// <summary>
/// <see cref="ControllerExpectations"/> that also remember which children (by "namespace/name")
/// a controller deleted: upstream's UIDTrackingControllerExpectations. A graceful deletion shows
/// up twice in the informer (an update setting deletionTimestamp, then the delete); remembering
/// the keys makes each expected deletion count once, whichever event arrives first.
/// </summary>
public sealed class UidTrackingExpectations(TimeProvider time)
{
    private readonly ControllerExpectations _counts = new(time);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _deleting = [];

    /// <inheritdoc cref="ControllerExpectations.Satisfied"/>
    public bool Satisfied(string key) => _counts.Satisfied(key);

    /// <inheritdoc cref="ControllerExpectations.UntilExpiry"/>
    public TimeSpan? UntilExpiry(string key) => _counts.UntilExpiry(key);

    /// <inheritdoc cref="ControllerExpectations.Get"/>
    public (long Adds, long Deletes)? Get(string key) => _counts.Get(key);

    public void ExpectCreations(string key, int adds)
    {
        lock (_lock)
        {
            _deleting.Remove(key);
            _counts.ExpectCreations(key, adds);
        }
    }

    public void CreationObserved(string key) => _counts.CreationObserved(key);

    /// <summary>Lowers the expected creations, for creations the informer will never report (skipped or failed).</summary>
    public void LowerCreations(string key, int adds) => _counts.Lower(key, adds, 0);

    /// <summary>Expects the deletion of exactly <paramref name="childKeys"/>, replacing earlier expectations of <paramref name="key"/>.</summary>
    public void ExpectDeletions(string key, IEnumerable<string> childKeys)
    {
        lock (_lock)
        {
            var keys = childKeys.ToHashSet(StringComparer.Ordinal);
            _deleting[key] = keys;
            _counts.ExpectDeletions(key, keys.Count);
        }
    }

    /// <summary>Counts the deletion of <paramref name="childKey"/> if it was expected and not counted yet.</summary>
    public void DeletionObserved(string key, string childKey)
    {
        lock (_lock)
        {
            if (_deleting.TryGetValue(key, out var keys) && keys.Remove(childKey))
                _counts.DeletionObserved(key);
        }
    }

    /// <inheritdoc cref="ControllerExpectations.Delete"/>
    public void Delete(string key)
    {
        lock (_lock)
        {
            _counts.Delete(key);
            _deleting.Remove(key);
        }
    }
}
