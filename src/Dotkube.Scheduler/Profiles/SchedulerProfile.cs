using System.Text.Json.Nodes;

namespace Dotkube.Scheduler.Profiles;

/// <summary>
/// One KubeSchedulerConfiguration profile (upstream KubeSchedulerProfile): the pods with
/// spec.schedulerName equal to <see cref="SchedulerName"/> go through these plugins. After
/// <see cref="SchedulerConfiguration.Parse"/> the plugin sets are already merged with the defaults.
/// </summary>
public sealed record SchedulerProfile
{
    public string SchedulerName { get; init; } = DefaultPlugins.SchedulerName;

    /// <summary>Plugin sets by extension point (<see cref="ExtensionPoints"/>); a missing key is an empty set.</summary>
    public IReadOnlyDictionary<string, PluginSet> Plugins { get; init; } = new Dictionary<string, PluginSet>(StringComparer.Ordinal)
    {
        [ExtensionPoints.MultiPoint] = DefaultPlugins.MultiPoint,
    };

    /// <summary>pluginConfig args by plugin name (null when a plugin has none).</summary>
    public IReadOnlyDictionary<string, JsonObject?> PluginConfig { get; init; } = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);

    /// <summary>Overrides the configuration-wide percentageOfNodesToScore for this profile.</summary>
    public int? PercentageOfNodesToScore { get; init; }

    public PluginSet PluginsAt(string extensionPoint) => Plugins.GetValueOrDefault(extensionPoint) ?? PluginSet.Empty;
}
