namespace Dotkube.Api.Authentication.V1;

/// <summary>authentication/v1 BoundObjectReference: the Pod, Secret or Node a token is bound to.</summary>
public sealed class BoundObjectReference
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string? Name { get; set; }

    public string? Uid { get; set; }
}
