namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 HTTPIngressPath.</summary>
public sealed class HTTPIngressPath
{
    /// <summary>Must start with '/' for the Exact and Prefix path types.</summary>
    public string? Path { get; set; }

    /// <summary>Required: "Exact", "Prefix" or "ImplementationSpecific" (<see cref="PathType"/>).</summary>
    public string? PathType { get; set; }

    public IngressBackend Backend { get; set => field = value ?? new(); } = new();
}
