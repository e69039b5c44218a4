using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Probes;

/// <summary>Runs one probe of one container once (upstream's prober.probe); the seam the probe workers are tested through.</summary>
public interface IContainerProber
{
    /// <summary>Success or Failure; null when the probe errored, so its answer is thrown away.</summary>
    Task<ProbeResult?> ProbeAsync(ProbeKind kind, Probe probe, Pod pod, PodStatus status, Container container, string containerId,
        CancellationToken ct);
}
