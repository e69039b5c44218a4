namespace Dotkube.Kubelet.Probes;

/// <summary>The three probes a container may have; the names are upstream's, as in "Liveness probe failed: ...".</summary>
public enum ProbeKind
{
    Liveness,
    Readiness,
    Startup,
}
