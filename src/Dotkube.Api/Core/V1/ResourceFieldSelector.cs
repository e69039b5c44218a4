using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceFieldSelector: a container's resource limit or request, scaled by divisor.</summary>
public sealed class ResourceFieldSelector
{
    public string? ContainerName { get; set; }

    public string Resource { get; set; } = "";

    /// <summary>
    /// A non-pointer Quantity upstream, which omitempty never drops, so it is always written
    /// ("0" when unset, as the API server returns it).
    /// </summary>
    public Quantity Divisor { get; set => field = value ?? Quantity.Parse("0"); } = Quantity.Parse("0");
}
