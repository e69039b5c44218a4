namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery/v1 EndpointConditions. Null means unknown: consumers treat unknown ready as ready.</summary>
public sealed class EndpointConditions
{
    /// <summary>Never true for a terminating endpoint, for compatibility.</summary>
    public bool? Ready { get; set; }

    /// <summary>Like ready, but regardless of termination; null defers to ready.</summary>
    public bool? Serving { get; set; }

    public bool? Terminating { get; set; }
}
