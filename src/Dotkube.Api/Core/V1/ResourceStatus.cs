namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceStatus: health of the devices behind one resource ("nvidia.com/gpu" or "claim:name/request").</summary>
public sealed class ResourceStatus
{
    public string Name { get; set; } = "";

    /// <summary>A list-map keyed by resourceID.</summary>
    public List<ResourceHealth>? Resources { get; set; }
}
