namespace Dotkube.Kubelet.Cri;

/// <summary>Where a CRI client connects and how long its calls may take.</summary>
public sealed class CriClientOptions
{
    /// <summary>The runtime's gRPC endpoint, <c>unix:///path/to.sock</c> (or <c>http://host:port</c>). No default: the agent knows its runtime.</summary>
    public string Endpoint { get; init; } = "";

    /// <summary>
    /// Deadline of ordinary calls. Defaults to 2 min, as the kubelet's <c>--runtime-request-timeout</c>;
    /// RunPodSandbox gets twice as long and StopContainer/ExecSync get it on top of their own timeout, as upstream.
    /// </summary>
    public TimeSpan RuntimeRequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The clock deadlines run on. Defaults to the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (string.IsNullOrEmpty(Endpoint))
        {
            throw new ArgumentException("a CRI endpoint is required", nameof(Endpoint));
        }

        if (RuntimeRequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"runtime request timeout must be positive, got {RuntimeRequestTimeout}", nameof(RuntimeRequestTimeout));
        }
    }
}
