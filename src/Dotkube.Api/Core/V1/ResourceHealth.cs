namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 ResourceHealth: one device's health, "Healthy", "Unhealthy" or "Unknown".</summary>
public sealed class ResourceHealth
{
    public string ResourceID { get; set; } = "";

    public string? Health { get; set; }
}
