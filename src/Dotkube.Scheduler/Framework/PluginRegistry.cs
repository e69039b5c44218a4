using System.Text.Json.Nodes;

namespace Dotkube.Scheduler.Framework;

/// <summary>Builds a plugin from its profile args (upstream PluginFactory); args is the pluginConfig entry's "args", or null.</summary>
public delegate IPlugin PluginFactory(JsonObject? args, IFrameworkHandle handle);

/// <summary>Every in-tree plugin by name (upstream's in-tree registry); profiles enable them by these names.</summary>
public static class PluginRegistry
{
    public static IReadOnlyDictionary<string, PluginFactory> All { get; } = new Dictionary<string, PluginFactory>(StringComparer.Ordinal)
    {
    };
}
