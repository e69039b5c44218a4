namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 NodeFeatures: features of the CRI implementation, independent of handlers.</summary>
public sealed class NodeFeatures
{
    public bool? SupplementalGroupsPolicy { get; set; }
}
