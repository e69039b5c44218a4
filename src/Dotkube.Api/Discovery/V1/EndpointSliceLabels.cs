namespace Dotkube.Api.Discovery.V1;

/// <summary>Well-known EndpointSlice labels that tie a slice to its Service and its managing controller.</summary>
public static class EndpointSliceLabels
{
    /// <summary>The name of the Service the slice belongs to.</summary>
    public const string ServiceName = "kubernetes.io/service-name";

    /// <summary>The controller that owns the slice; the built-in one only touches its own slices.</summary>
    public const string ManagedBy = "endpointslice.kubernetes.io/managed-by";

    /// <summary>Set to "true" on an Endpoints object to keep the mirroring controller from copying it into slices.</summary>
    public const string SkipMirror = "endpointslice.kubernetes.io/skip-mirror";

    /// <summary>The value of <see cref="ManagedBy"/> for slices of the built-in EndpointSlice controller.</summary>
    public const string ControllerName = "endpointslice-controller.k8s.io";
}
