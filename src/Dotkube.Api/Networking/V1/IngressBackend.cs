using Dotkube.Api.Core.V1;

namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressBackend: exactly one of service and resource.</summary>
public sealed class IngressBackend
{
    public IngressServiceBackend? Service { get; set; }

    /// <summary>Another object in the Ingress's namespace, e.g. a storage bucket.</summary>
    public TypedLocalObjectReference? Resource { get; set; }
}
