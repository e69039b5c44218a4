using System.Text.Json.Nodes;

namespace Dotkube.Scheduler.Plugins.NodeResourcesFit;

/// <summary>A resource a scoring strategy looks at and its weight (upstream config.ResourceSpec).</summary>
public sealed record ResourceSpec(string Name, long Weight)
{
    /// <summary>Upstream's default for both NodeResourcesFit scoring and BalancedAllocation: cpu and memory, weight 1 each.</summary>
    public static IReadOnlyList<ResourceSpec> Defaults { get; } = [new("cpu", 1), new("memory", 1)];

    /// <summary>Reads a "resources" array of {"name","weight"}; a missing weight defaults to 1 as upstream's defaulting does.</summary>
    public static IReadOnlyList<ResourceSpec> Parse(JsonNode? resources)
    {
        if (resources is not JsonArray array)
            return Defaults;
        var specs = new List<ResourceSpec>();
        foreach (var item in array)
        {
            var name = item?["name"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name))
                throw new ArgumentException("resources[].name is required");
            var weight = item?["weight"]?.GetValue<long>() ?? 0;
            if (weight == 0)
                weight = 1;
            if (weight is < 1 or > 100)
                throw new ArgumentException($"resources[{name}].weight must be in the range [1, 100], got {weight}");
            specs.Add(new ResourceSpec(name, weight));
        }

        return specs.Count == 0 ? Defaults : specs;
    }
}
