using System.Text.Json.Nodes;

namespace Dotkube.Scheduler.Plugins.InterPodAffinity;

/// <summary>The plugin's pluginConfig args (upstream InterPodAffinityArgs).</summary>
public sealed class InterPodAffinityArgs
{
    /// <summary>
    /// The score an existing pod's required affinity term adds when the incoming pod matches it.
    /// Defaults to 1, as upstream; 0 turns the symmetry off; valid in [0, 100].
    /// </summary>
    public int HardPodAffinityWeight { get; init; } = 1;

    /// <summary>Score only the incoming pod's preferred terms, ignoring existing pods' terms. Defaults to false, as upstream.</summary>
    public bool IgnorePreferredTermsOfExistingPods { get; init; }

    /// <summary>Reads the "args" object of a pluginConfig entry; null gives the defaults. Throws <see cref="ArgumentException"/> with upstream's validation text.</summary>
    public static InterPodAffinityArgs From(JsonObject? args)
    {
        var parsed = new InterPodAffinityArgs
        {
            HardPodAffinityWeight = args?["hardPodAffinityWeight"]?.GetValue<int>() ?? 1,
            IgnorePreferredTermsOfExistingPods = args?["ignorePreferredTermsOfExistingPods"]?.GetValue<bool>() ?? false,
        };
        if (parsed.HardPodAffinityWeight is < 0 or > 100)
            throw new ArgumentException($"hardPodAffinityWeight: Invalid value: {parsed.HardPodAffinityWeight}: not in valid range [0, 100]");
        return parsed;
    }
}
