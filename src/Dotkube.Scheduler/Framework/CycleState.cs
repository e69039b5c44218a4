using System.Collections.Concurrent;

namespace Dotkube.Scheduler.Framework;

/// <summary>
/// Data plugins keep for one pod's scheduling cycle (upstream CycleState): PreFilter computes
/// something once, Filter reads it for every node. Keys are usually the plugin's name plus a
/// suffix. Safe for the parallel Filter and Score calls.
/// </summary>
public sealed class CycleState
{
    private readonly ConcurrentDictionary<string, object> _data = new(StringComparer.Ordinal);

    public void Write(string key, object value) => _data[key] = value;

    public T? Read<T>(string key) where T : class => _data.TryGetValue(key, out var value) ? value as T : null;

    /// <summary>Plugins whose PreFilter returned Skip; their Filter is not called this cycle.</summary>
    public HashSet<string> SkipFilterPlugins { get; } = [];

    /// <summary>Plugins whose PreScore returned Skip; their Score is not called this cycle.</summary>
    public HashSet<string> SkipScorePlugins { get; } = [];

    /// <summary>A copy for preemption's "what if these pods were gone" simulations (values are shared; plugins clone what they mutate).</summary>
    public CycleState Clone()
    {
        var copy = new CycleState();
        foreach (var (key, value) in _data)
            copy._data[key] = value is ICloneable cloneable ? cloneable.Clone() : value;
        copy.SkipFilterPlugins.UnionWith(SkipFilterPlugins);
        copy.SkipScorePlugins.UnionWith(SkipScorePlugins);
        return copy;
    }
}
