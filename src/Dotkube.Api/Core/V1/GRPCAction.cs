namespace Dotkube.Api.Core.V1;

/// <summary>core/v1 GRPCAction: the standard gRPC health check.</summary>
public sealed class GRPCAction
{
    public int Port { get; set; }

    /// <summary>A pointer without omitempty upstream; null leaves the service name to gRPC.</summary>
    public string? Service { get; set; }
}
