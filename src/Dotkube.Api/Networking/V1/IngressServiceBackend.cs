namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 IngressServiceBackend: a Service in the Ingress's namespace.</summary>
public sealed class IngressServiceBackend
{
    public string Name { get; set; } = "";

    /// <summary>A non-pointer struct upstream, so always written.</summary>
    public ServiceBackendPort Port { get; set => field = value ?? new(); } = new();
}
