namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 SecretReference: a secret in any namespace.</summary>
public sealed class SecretReference
{
    public string? Name { get; set; }

    public string? Namespace { get; set; }
}
