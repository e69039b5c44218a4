using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 VolumeResourceRequirements: storage limits and requests of a claim.</summary>
public sealed class VolumeResourceRequirements
{
    public Dictionary<string, Quantity>? Limits { get; set; }

    public Dictionary<string, Quantity>? Requests { get; set; }
}
