using System.Text.Json;
using System.Text.Json.Nodes;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Serialization;

namespace Dotkube.Scheduler.Plugins.PodTopologySpread;

/// <summary>The plugin's pluginConfig args (upstream PodTopologySpreadArgs).</summary>
public sealed class PodTopologySpreadArgs
{
    public const string SystemDefaulting = "System";

    public const string ListDefaulting = "List";

    /// <summary>
    /// Upstream's built-in constraints for pods without their own: at most 3 more per node and 5
    /// more per zone, both ScheduleAnyway, on the pod's Service/ReplicaSet/StatefulSet selector.
    /// </summary>
    public static IReadOnlyList<TopologySpreadConstraint> SystemDefaultConstraints { get; } =
    [
        new() { TopologyKey = WellKnownLabels.Hostname, WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway, MaxSkew = 3 },
        new() { TopologyKey = WellKnownLabels.Zone, WhenUnsatisfiable = UnsatisfiableConstraintAction.ScheduleAnyway, MaxSkew = 5 },
    ];

    /// <summary>Constraints (without selectors) for pods that declare none; used when <see cref="DefaultingType"/> is List.</summary>
    public IReadOnlyList<TopologySpreadConstraint> DefaultConstraints { get; init; } = [];

    /// <summary>"System" (upstream's default: <see cref="SystemDefaultConstraints"/>) or "List" (<see cref="DefaultConstraints"/>).</summary>
    public string DefaultingType { get; init; } = SystemDefaulting;

    /// <summary>The constraints applied to pods without their own.</summary>
    public IReadOnlyList<TopologySpreadConstraint> EffectiveDefaults => DefaultingType == SystemDefaulting ? SystemDefaultConstraints : DefaultConstraints;

    /// <summary>Reads the "args" object of a pluginConfig entry; null gives the defaults. Throws <see cref="ArgumentException"/> with upstream's validation text.</summary>
    public static PodTopologySpreadArgs From(JsonObject? args)
    {
        var parsed = new PodTopologySpreadArgs
        {
            DefaultingType = args?["defaultingType"]?.GetValue<string>() ?? SystemDefaulting,
            DefaultConstraints = args?["defaultConstraints"] is { } list
                ? list.Deserialize(KubeJson.TypeInfo<List<TopologySpreadConstraint>>()) ?? []
                : [],
        };
        if (parsed.DefaultingType is not (SystemDefaulting or ListDefaulting))
            throw new ArgumentException($"defaultingType: Unsupported value: \"{parsed.DefaultingType}\": supported values: \"List\", \"System\"");
        if (parsed.DefaultingType == SystemDefaulting && parsed.DefaultConstraints.Count > 0)
            throw new ArgumentException("defaultConstraints: Invalid value: when .defaultingType is \"System\", .defaultConstraints must be empty");
        if (parsed.DefaultConstraints.Any(c => c.LabelSelector is not null))
            throw new ArgumentException("defaultConstraints.labelSelector: Forbidden: constraint must not define a selector, as they deduced for each pod");
        return parsed;
    }
}
