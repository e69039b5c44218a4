namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 LocalObjectReference: an object in the same namespace, by name.</summary>
public sealed class LocalObjectReference
{
    public string? Name { get; set; }
}
