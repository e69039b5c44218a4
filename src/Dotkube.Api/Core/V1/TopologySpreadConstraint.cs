using Dotkube.Api.Meta;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TopologySpreadConstraint: how evenly matching pods spread over topology domains.</summary>
public sealed class TopologySpreadConstraint
{
    public int MaxSkew { get; set; }

    public string TopologyKey { get; set; } = "";

    /// <summary>One of <see cref="UnsatisfiableConstraintAction"/>.</summary>
    public string WhenUnsatisfiable { get; set; } = "";

    public LabelSelector? LabelSelector { get; set; }

    public int? MinDomains { get; set; }

    /// <summary>"Honor" (the behaviour when null) or "Ignore".</summary>
    public string? NodeAffinityPolicy { get; set; }

    /// <summary>"Honor" or "Ignore" (the behaviour when null).</summary>
    public string? NodeTaintsPolicy { get; set; }

    public List<string>? MatchLabelKeys { get; set; }
}
