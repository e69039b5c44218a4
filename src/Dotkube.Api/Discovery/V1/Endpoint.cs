using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Discovery.V1;

/// <summary>discovery/v1 Endpoint: one backend of a Service.</summary>
public sealed class Endpoint
{
    /// <summary>1 to 100 addresses, read according to the slice's addressType; always written.</summary>
    public List<string> Addresses { get; set => field = value ?? []; } = [];

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public EndpointConditions Conditions { get; set => field = value ?? new(); } = new();

    public string? Hostname { get; set; }

    public ObjectReference? TargetRef { get; set; }

    /// <summary>v1beta1 leftover: readable, but writes through v1 are ignored upstream.</summary>
    public Dictionary<string, string>? DeprecatedTopology { get; set; }

    public string? NodeName { get; set; }

    public string? Zone { get; set; }

    public EndpointHints? Hints { get; set; }
}
