namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ObjectFieldSelector: a field path of the pod; apiVersion is defaulted to "v1" upstream.</summary>
public sealed class ObjectFieldSelector
{
    public string? ApiVersion { get; set; }

    public string FieldPath { get; set; } = "";
}
