namespace Dotkube.Api.Core.V1;

/// <summary>
/// core/v1 Probe. Upstream embeds ProbeHandler inline, so exec, httpGet, tcpSocket and grpc sit
/// next to the timing fields in JSON; they are flattened here for the same shape.
/// </summary>
public sealed class Probe
{
    public ExecAction? Exec { get; set; }

    public HTTPGetAction? HttpGet { get; set; }

    public TCPSocketAction? TcpSocket { get; set; }

    public GRPCAction? Grpc { get; set; }

    public int? InitialDelaySeconds { get; set; }

    /// <summary>Defaulted to 1 upstream.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>Defaulted to 10 upstream.</summary>
    public int? PeriodSeconds { get; set; }

    /// <summary>Defaulted to 1 upstream; must be 1 for liveness and startup probes.</summary>
    public int? SuccessThreshold { get; set; }

    /// <summary>Defaulted to 3 upstream.</summary>
    public int? FailureThreshold { get; set; }

    public long? TerminationGracePeriodSeconds { get; set; }
}
