using Dotkube.Scheduler.Framework;
using Dotkube.Scheduler.Plugins.PrioritySort;
using Dotkube.Scheduler.Profiles;
using Microsoft.Extensions.Logging;

namespace Dotkube.Scheduler.Runtime;

/// <summary>
/// One profile's plugins, built and ordered per extension point (upstream frameworkImpl). A plugin
/// named in the profile but missing from the registry is skipped with a warning, so upstream's
/// default profile works while dotkube's plugins arrive. Per extension point the order is upstream's:
/// plugins both in multiPoint and named at the point (in the point's order), then the other
/// multiPoint plugins that implement it, then the point's remaining plugins.
/// </summary>
public sealed partial class ProfileRunner
{
    private readonly ILogger _logger;
    private readonly Dictionary<string, IPlugin> _plugins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _weights = new(StringComparer.Ordinal);

    internal ProfileRunner(SchedulerProfile profile, IReadOnlyDictionary<string, PluginFactory> registry, IFrameworkHandle handle,
        ILogger logger)
    {
        _logger = logger;
        _handle = handle;
        Profile = profile;
        foreach (var name in profile.Plugins.Values.SelectMany(s => s.Enabled).Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            if (registry.TryGetValue(name, out var factory))
                _plugins[name] = factory(profile.PluginConfig.GetValueOrDefault(name), handle);
            else
                LogMissingPlugin(_logger, name, profile.SchedulerName);
        }

        PreEnqueue = Expand<IPreEnqueuePlugin>(ExtensionPoints.PreEnqueue);
        QueueSort = Expand<IQueueSortPlugin>(ExtensionPoints.QueueSort) is [var sort, ..] ? sort : new PrioritySort();
        PreFilter = Expand<IPreFilterPlugin>(ExtensionPoints.PreFilter);
        Filter = Expand<IFilterPlugin>(ExtensionPoints.Filter);
        PostFilter = Expand<IPostFilterPlugin>(ExtensionPoints.PostFilter);
        PreScore = Expand<IPreScorePlugin>(ExtensionPoints.PreScore);
        Score = Expand<IScorePlugin>(ExtensionPoints.Score);
        Reserve = Expand<IReservePlugin>(ExtensionPoints.Reserve);
        Permit = Expand<IPermitPlugin>(ExtensionPoints.Permit);
        PreBind = Expand<IPreBindPlugin>(ExtensionPoints.PreBind);
        Bind = Expand<IBindPlugin>(ExtensionPoints.Bind);
        if (Bind.Count == 0)
            LogNoBindPlugin(_logger, profile.SchedulerName);
    }

    public SchedulerProfile Profile { get; }

    public string Name => Profile.SchedulerName;

    public IQueueSortPlugin QueueSort { get; }

    public IReadOnlyList<IPreFilterPlugin> PreFilter { get; }

    public IReadOnlyList<IFilterPlugin> Filter { get; }

    public IReadOnlyList<IPostFilterPlugin> PostFilter { get; }

    public IReadOnlyList<IPreScorePlugin> PreScore { get; }

    public IReadOnlyList<IScorePlugin> Score { get; }

    public IReadOnlyList<IReservePlugin> Reserve { get; }

    public IReadOnlyList<IPermitPlugin> Permit { get; }

    public IReadOnlyList<IPreBindPlugin> PreBind { get; }

    public IReadOnlyList<IBindPlugin> Bind { get; }

    /// <summary>Every plugin built for this profile, by name.</summary>
    public IReadOnlyDictionary<string, IPlugin> Plugins => _plugins;

    /// <summary>The profile's weight of a score plugin (1 unless configured).</summary>
    public int WeightOf(string plugin) => _weights.GetValueOrDefault(plugin, 1);

    /// <summary>The events a plugin registered (<see cref="IEnqueueExtensions"/>), or null when it registered none.</summary>
    public IReadOnlyList<ClusterEvent>? EventsOf(string plugin) =>
        _plugins.GetValueOrDefault(plugin) is IEnqueueExtensions extensions ? extensions.EventsToRegister() : null;

    private List<T> Expand<T>(string point)
        where T : class, IPlugin
    {
        var set = Profile.PluginsAt(point);
        var specific = new List<PluginRef>();
        foreach (var plugin in set.Enabled)
        {
            if (!_plugins.TryGetValue(plugin.Name, out var instance))
                continue;
            if (instance is not T)
                throw new InvalidOperationException($"plugin \"{plugin.Name}\" does not extend {point} plugin");
            specific.Add(plugin);
        }

        var specificNames = specific.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var disabled = set.Disabled.ToHashSet(StringComparer.Ordinal);
        var multiPoint = new List<PluginRef>();
        var overrides = new HashSet<string>(StringComparer.Ordinal);
        if (!disabled.Contains("*"))
        {
            foreach (var plugin in Profile.PluginsAt(ExtensionPoints.MultiPoint).Enabled)
            {
                if (_plugins.GetValueOrDefault(plugin.Name) is not T || disabled.Contains(plugin.Name))
                    continue;
                if (specificNames.Contains(plugin.Name))
                    overrides.Add(plugin.Name);
                else if (!multiPoint.Any(p => p.Name == plugin.Name))
                    multiPoint.Add(plugin);
            }
        }

        var ordered = specific.Where(p => overrides.Contains(p.Name))
            .Concat(multiPoint)
            .Concat(specific.Where(p => !overrides.Contains(p.Name)))
            .ToList();
        if (point == ExtensionPoints.Score)
        {
            foreach (var plugin in ordered)
                _weights[plugin.Name] = plugin.Weight is > 0 ? plugin.Weight.Value : 1;
        }

        return [.. ordered.Select(p => (T)_plugins[p.Name])];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {Plugin} of profile {Profile} is not in the registry; skipping it")]
    private static partial void LogMissingPlugin(ILogger logger, string plugin, string profile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile {Profile} has no bind plugin; its pods cannot be bound")]
    private static partial void LogNoBindPlugin(ILogger logger, string profile);
}
