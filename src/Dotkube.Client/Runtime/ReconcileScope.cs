using System.Collections;

namespace Dotkube.Client.Runtime;

/// <summary>
/// The log scope of one reconcile, with the fields controller-runtime puts on its reconcile
/// logger: the controller, the key and a reconcile ID that tells interleaved runs of the same key
/// apart. The ID counts reconciles per controller instead of upstream's random UUID, so logs stay
/// deterministic under test.
/// </summary>
internal sealed class ReconcileScope(string controller, object key, long reconcileId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("controller", controller),
        1 => new("key", key),
        2 => new("reconcileID", reconcileId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>klog-style key=value pairs, for console formatters that print scopes as text.</summary>
    public override string ToString() => $"controller=\"{controller}\" key=\"{key}\" reconcileID={reconcileId}";
}
