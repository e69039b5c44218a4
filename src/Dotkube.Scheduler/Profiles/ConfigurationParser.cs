using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Serialization;

namespace Dotkube.Scheduler.Profiles;

/// <summary>Reads a KubeSchedulerConfiguration document (YAML is converted to JSON as upstream's sigs.k8s.io/yaml does).</summary>
internal static class ConfigurationParser
{
    public static SchedulerConfiguration Parse(string text)
    {
        JsonObject root;
        try
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var json = KubeYaml.IsJson(bytes) ? bytes : KubeYaml.ToJson(bytes);
            root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("the configuration must be an object");
        }
        catch (Exception e) when (e is JsonException or DecodeException)
        {
            throw new FormatException($"cannot read the scheduler configuration: {e.Message}", e);
        }

        var apiVersion = (string?)root["apiVersion"];
        var kind = (string?)root["kind"];
        if (apiVersion != SchedulerConfiguration.ApiVersion || kind != SchedulerConfiguration.Kind)
            throw new FormatException(
                $"expected apiVersion {SchedulerConfiguration.ApiVersion} and kind {SchedulerConfiguration.Kind}, got \"{apiVersion}\" \"{kind}\"");

        var defaults = SchedulerConfiguration.Default;
        var profiles = root["profiles"] is JsonArray array && array.Count > 0
            ? array.Select((p, i) => Profile(p as JsonObject ?? throw new FormatException($"profiles[{i}]: must be an object"))).ToList()
            : [new SchedulerProfile()];
        var config = new SchedulerConfiguration
        {
            Profiles = profiles,
            PercentageOfNodesToScore = Int(root, "percentageOfNodesToScore") ?? 0,
            PodInitialBackoff = Int(root, "podInitialBackoffSeconds") is { } initial ? TimeSpan.FromSeconds(initial) : defaults.PodInitialBackoff,
            PodMaxBackoff = Int(root, "podMaxBackoffSeconds") is { } max ? TimeSpan.FromSeconds(max) : defaults.PodMaxBackoff,
        };
        config.Validate();
        return config;
    }

    private static SchedulerProfile Profile(JsonObject node)
    {
        var plugins = new Dictionary<string, PluginSet>(StringComparer.Ordinal);
        var custom = node["plugins"] as JsonObject;
        foreach (var point in ExtensionPoints.All)
        {
            var defaults = point == ExtensionPoints.MultiPoint ? DefaultPlugins.MultiPoint : PluginSet.Empty;
            var set = custom?[point] is JsonObject setNode ? PluginSet.Merge(defaults, Set(point, setNode)) : defaults;
            if (set.Enabled.Count > 0 || set.Disabled.Count > 0)
                plugins[point] = set;
        }

        var args = new Dictionary<string, JsonObject?>(StringComparer.Ordinal);
        foreach (var entry in node["pluginConfig"] as JsonArray ?? [])
        {
            var name = (string?)entry?["name"] ?? throw new FormatException("pluginConfig[].name: required");
            if (!args.TryAdd(name, entry?["args"]?.DeepClone() as JsonObject))
                throw new FormatException($"pluginConfig: repeated config for plugin \"{name}\"");
        }

        return new SchedulerProfile
        {
            SchedulerName = (string?)node["schedulerName"] ?? DefaultPlugins.SchedulerName,
            Plugins = plugins,
            PluginConfig = args,
            PercentageOfNodesToScore = Int(node, "percentageOfNodesToScore"),
        };
    }

    private static PluginSet Set(string point, JsonObject node) => new()
    {
        Enabled = [.. (node["enabled"] as JsonArray ?? []).Select(p => new PluginRef(Name(point, p), Int(p as JsonObject, "weight")))],
        Disabled = [.. (node["disabled"] as JsonArray ?? []).Select(p => Name(point, p))],
    };

    private static string Name(string point, JsonNode? plugin) =>
        (string?)plugin?["name"] is { Length: > 0 } name ? name : throw new FormatException($"plugins.{point}: every plugin needs a name");

    private static int? Int(JsonObject? node, string key) => node?[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var n) => n,
        JsonValue value when value.TryGetValue<double>(out var d) && d == Math.Floor(d) => (int)d,
        var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{key}: must be a whole number, got {other.ToJsonString()}")),
    };
}
