namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressSpec. Without rules, defaultBackend must be set.</summary>
public sealed class IngressSpec
{
    /// <summary>Preferred over the deprecated kubernetes.io/ingress.class annotation.</summary>
    public string? IngressClassName { get; set; }

    public IngressBackend? DefaultBackend { get; set; }

    public List<IngressTLS>? Tls { get; set; }

    public List<IngressRule>? Rules { get; set; }
}
