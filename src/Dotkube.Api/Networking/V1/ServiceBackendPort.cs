namespace Dotkube.Api.Networking.V1;

/// <summary>networking/v1 ServiceBackendPort: a Service port by name or by number, not both (atomic struct).</summary>
public sealed class ServiceBackendPort
{
    public string? Name { get; set; }

    public int? Number { get; set; }
}
