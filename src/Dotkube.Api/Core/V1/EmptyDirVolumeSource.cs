using Dotkube.Api.Values;

namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 EmptyDirVolumeSource: scratch space that lives as long as the pod.</summary>
public sealed class EmptyDirVolumeSource
{
    /// <summary>One of <see cref="StorageMedium"/>; "" means the node's default medium.</summary>
    public string? Medium { get; set; }

    public Quantity? SizeLimit { get; set; }
}
