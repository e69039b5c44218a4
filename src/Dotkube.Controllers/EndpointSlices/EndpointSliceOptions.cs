namespace Dotkube.Controllers.EndpointSlices;

/// <summary>Settings of the endpointslice controller.</summary>
public sealed class EndpointSliceOptions
{
    /// <summary>
    /// Most endpoints one slice holds (--max-endpoints-per-slice, upstream default 100): small
    /// enough that one pod change rewrites little, large enough to keep the slice count low.
    /// The API allows at most 1000.
    /// </summary>
    public int MaxEndpointsPerSlice { get; init; } = 100;

    public void Validate()
    {
        if (MaxEndpointsPerSlice is < 1 or > 1000)
            throw new ArgumentException($"max endpoints per slice must be within 1..1000, not {MaxEndpointsPerSlice}");
    }
}
