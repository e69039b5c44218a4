namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressClassSpec.</summary>
public sealed class IngressClassSpec
{
    /// <summary>A domain-prefixed path such as "acme.io/ingress-controller"; immutable.</summary>
    public string? Controller { get; set; }

    public IngressClassParametersReference? Parameters { get; set; }
}
