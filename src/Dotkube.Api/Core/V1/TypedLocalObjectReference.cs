namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 TypedLocalObjectReference: kind and name are required; a null apiGroup means the core group.</summary>
public sealed class TypedLocalObjectReference
{
    public string? ApiGroup { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
