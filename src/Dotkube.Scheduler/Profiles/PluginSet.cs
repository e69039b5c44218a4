namespace Dotkube.Scheduler.Profiles;

/// <summary>A plugin named in a profile; <see cref="Weight"/> only matters for Score (null means 1).</summary>
public sealed record PluginRef(string Name, int? Weight = null);

/// <summary>One extension point's plugins in a profile (upstream PluginSet): "*" in Disabled turns off every default.</summary>
public sealed record PluginSet
{
    public static PluginSet Empty { get; } = new();

    public IReadOnlyList<PluginRef> Enabled { get; init; } = [];

    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>
    /// Applies a profile's custom set over the defaults as upstream's mergePluginSet: disabled names
    /// (or "*") drop defaults, a custom entry with a default's name replaces it in place (keeping
    /// the order), and the other custom entries follow.
    /// </summary>
    public static PluginSet Merge(PluginSet defaults, PluginSet custom)
    {
        var disabled = custom.Disabled.Concat(defaults.Disabled).ToList();
        var disabledSet = disabled.ToHashSet(StringComparer.Ordinal);
        var customByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < custom.Enabled.Count; i++)
            customByName.TryAdd(custom.Enabled[i].Name, i);
        var replaced = new HashSet<int>();
        var enabled = new List<PluginRef>();
        if (!disabledSet.Contains("*"))
        {
            foreach (var plugin in defaults.Enabled)
            {
                if (disabledSet.Contains(plugin.Name))
                    continue;
                if (customByName.TryGetValue(plugin.Name, out var index))
                {
                    enabled.Add(custom.Enabled[index]);
                    replaced.Add(index);
                }
                else
                {
                    enabled.Add(plugin);
                }
            }
        }

        enabled.AddRange(custom.Enabled.Where((_, i) => !replaced.Contains(i)));
        return new PluginSet { Enabled = enabled, Disabled = disabled };
    }
}
