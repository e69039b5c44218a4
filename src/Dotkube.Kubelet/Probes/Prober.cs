using Dotkube.Api.Core.V1;
using Dotkube.Client.Events;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Pods;
using Microsoft.Extensions.Logging;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// Runs a container's probe with the handler it names (exec, httpGet, tcpSocket, grpc), as
/// upstream's prober: a probe that errors is tried up to 3 times; every failure is a Warning
/// "Unhealthy" event on the pod ("Liveness probe failed: ..."), an error one too ("... probe
/// errored: ..."), and a success with a warning a "ProbeWarning" event; a warning counts as success.
/// </summary>
public sealed partial class Prober : IContainerProber, IDisposable
{
    private const int MaxTries = 3;

    private readonly ExecProber _exec;
    private readonly HttpProber _http;
    private readonly TcpProber _tcp;
    private readonly GrpcProber _grpc;
    private readonly EventRecorder? _events;
    private readonly ILogger _logger;

    public Prober(ExecProber exec, TimeProvider time, EventRecorder? events, ILogger logger)
    {
        _exec = exec;
        _http = new HttpProber(time);
        _tcp = new TcpProber(time);
        _grpc = new GrpcProber(time);
        _events = events;
        _logger = logger;
    }

    public static Prober For(RuntimeServiceClient runtime, TimeProvider time, EventRecorder? events, ILogger logger) =>
        new(ExecProber.For(runtime), time, events, logger);

    public async Task<ProbeResult?> ProbeAsync(ProbeKind kind, Probe probe, Pod pod, PodStatus status, Container container, string containerId,
        CancellationToken ct)
    {
        var timeout = ProbeTiming.Of(probe, kind).Timeout;
        var outcome = await RunAsync(probe, pod, status, container, containerId, timeout, ct);
        for (var tries = 1; tries < MaxTries && outcome.Result == ProbeOutcome.Status.Error; tries++)
            outcome = await RunAsync(probe, pod, status, container, containerId, timeout, ct);

        switch (outcome.Result)
        {
            case ProbeOutcome.Status.Error:
                LogProbeErrored(_logger, kind, pod.Namespace(), pod.Name(), container.Name, outcome.Output);
                _events?.Event(pod, EventType.Warning, "Unhealthy", $"{kind} probe errored: {outcome.Output}");
                return null;
            case ProbeOutcome.Status.Failure:
                LogProbeFailed(_logger, kind, pod.Namespace(), pod.Name(), container.Name, outcome.Output);
                _events?.Event(pod, EventType.Warning, "Unhealthy", $"{kind} probe failed: {outcome.Output}");
                return ProbeResult.Failure;
            case ProbeOutcome.Status.Warning:
                _events?.Event(pod, EventType.Warning, "ProbeWarning", $"{kind} probe warning: {outcome.Output}");
                return ProbeResult.Success;
            default:
                return ProbeResult.Success;
        }
    }

    public void Dispose() => _http.Dispose();

    private Task<ProbeOutcome> RunAsync(Probe probe, Pod pod, PodStatus status, Container container, string containerId, TimeSpan timeout,
        CancellationToken ct)
    {
        var podIP = status.PodIP ?? "";
        if (probe.Exec is { } exec)
        {
            // As upstream: only the container's literal env values expand in the command, not valueFrom ones.
            var env = (container.Env ?? []).Where(e => e.ValueFrom is null).GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.Last().Value ?? "");
            return _exec.ProbeAsync(containerId, [.. (exec.Command ?? []).Select(arg => EnvExpansion.Expand(arg, env))], timeout, ct);
        }

        if (probe.HttpGet is { } http)
        {
            var (port, error) = ContainerPorts.Resolve(http.Port, container);
            if (error is not null)
                return Task.FromResult(ProbeOutcome.Error(error));
            var url = HttpProber.Url(http.Scheme, string.IsNullOrEmpty(http.Host) ? podIP : http.Host, port, http.Path);
            return url is null
                ? Task.FromResult(ProbeOutcome.Error($"invalid probe URL for path \"{http.Path}\""))
                : _http.ProbeAsync(url, http.HttpHeaders ?? [], timeout, ct);
        }

        if (probe.TcpSocket is { } tcp)
        {
            var (port, error) = ContainerPorts.Resolve(tcp.Port, container);
            return error is not null
                ? Task.FromResult(ProbeOutcome.Error(error))
                : _tcp.ProbeAsync(string.IsNullOrEmpty(tcp.Host) ? podIP : tcp.Host, port, timeout, ct);
        }

        if (probe.Grpc is { } grpc)
            return _grpc.ProbeAsync(podIP, grpc.Port, grpc.Service ?? "", timeout, ct);
        return Task.FromResult(ProbeOutcome.Error($"missing probe handler for {pod.FullName()}:{container.Name}"));
    }
}
