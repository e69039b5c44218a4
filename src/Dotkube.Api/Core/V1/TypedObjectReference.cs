namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TypedObjectReference: like <see cref="TypedLocalObjectReference"/> plus an optional namespace.</summary>
public sealed class TypedObjectReference
{
    public string? ApiGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Namespace { get; set; }
}
