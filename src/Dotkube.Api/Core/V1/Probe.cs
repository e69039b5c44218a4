namespace Dotkube.Api.Core.V1;

/// <summary>A periodic health check the kubelet runs against a container. Exactly one check (exec, httpGet, tcpSocket or grpc) must be set.</summary>
/// <remarks>
/// core/v1 Probe. Upstream embeds ProbeHandler inline, so exec, httpGet, tcpSocket and grpc sit
/// next to the timing fields in JSON; they are flattened here for the same shape.
/// </remarks>
public sealed class Probe
{
    /// <summary>Run a command in the container; exit status 0 means healthy.</summary>
    public ExecAction? Exec { get; set; }

    /// <summary>Send an HTTP GET request; a status from 200 to 399 means healthy.</summary>
    public HTTPGetAction? HttpGet { get; set; }

    /// <summary>Open a TCP connection; an accepted connection means healthy.</summary>
    public TCPSocketAction? TcpSocket { get; set; }

    /// <summary>Call the standard gRPC health-checking service on a port.</summary>
    public GRPCAction? Grpc { get; set; }

    /// <summary>Seconds to wait after the container starts before the first check. Defaults to 0.</summary>
    public int? InitialDelaySeconds { get; set; }

    /// <summary>Seconds after which a check counts as failed if it has not finished. Defaults to 1.</summary>
    /// <remarks>Defaulted to 1 upstream.</remarks>
    public int? TimeoutSeconds { get; set; }

    /// <summary>How often, in seconds, to run the check. Defaults to 10.</summary>
    /// <remarks>Defaulted to 10 upstream.</remarks>
    public int? PeriodSeconds { get; set; }

    /// <summary>Consecutive successes needed, after a failure, for the probe to count as passing again. Defaults to 1, and must be 1 for liveness and startup probes.</summary>
    /// <remarks>Defaulted to 1 upstream; must be 1 for liveness and startup probes.</remarks>
    public int? SuccessThreshold { get; set; }

    /// <summary>Consecutive failures needed for the probe to count as failed. Defaults to 3.</summary>
    /// <remarks>Defaulted to 3 upstream.</remarks>
    public int? FailureThreshold { get; set; }

    /// <summary>For liveness and startup probes: seconds the container is given to stop after a failed probe, overriding the pod's terminationGracePeriodSeconds.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }
}
