using Dotkube.Api.Core.V1;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// A probe's timing with upstream's defaults filled in (the API server defaults them too, but
/// a pod written without them still probes as upstream): no initial delay, every 10 s, 1 s
/// timeout, 1 success and 3 failures. Liveness and startup probes count one success, as API
/// validation requires of them.
/// </summary>
public sealed record ProbeTiming(TimeSpan InitialDelay, TimeSpan Period, TimeSpan Timeout, int SuccessThreshold, int FailureThreshold)
{
    public static ProbeTiming Of(Probe probe, ProbeKind kind) => new(
        TimeSpan.FromSeconds(Math.Max(0, probe.InitialDelaySeconds ?? 0)),
        TimeSpan.FromSeconds(Positive(probe.PeriodSeconds, 10)),
        TimeSpan.FromSeconds(Positive(probe.TimeoutSeconds, 1)),
        kind == ProbeKind.Readiness ? Positive(probe.SuccessThreshold, 1) : 1,
        Positive(probe.FailureThreshold, 3));

    private static int Positive(int? value, int fallback) => value is > 0 ? value.Value : fallback;
}
