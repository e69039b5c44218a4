using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Values;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Pods;
using Dotkube.Kubelet.Probes;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Lifecycle;

/// <summary>
/// Runs a container's postStart or preStop handler, as upstream's lifecycle handler runner:
/// exec through CRI ExecSync with no timeout (a non-zero exit fails), httpGet with the probes'
/// HTTP rules but any answer is success (only a transport error fails; User-Agent
/// kube-lifecycle/1.32), sleep waits. A handler with none of these (tcpSocket, which the API
/// still accepts) fails. The answer is null on success, else upstream's message.
/// </summary>
public sealed class HookRunner : IDisposable
{
    /// <summary>As upstream's kube-lifecycle/&lt;major&gt;.&lt;minor&gt; of the kubelet version we follow.</summary>
    public const string UserAgent = "kube-lifecycle/1.32";

    private readonly Func<string, IReadOnlyList<string>, TimeSpan, CancellationToken, Task<ExecSyncResponse>> _execSync;
    private readonly HttpProber _http;
    private readonly TimeProvider _time;

    public HookRunner(Func<string, IReadOnlyList<string>, TimeSpan, CancellationToken, Task<ExecSyncResponse>> execSync, TimeProvider time)
    {
        _execSync = execSync;
        _time = time;
        _http = new HttpProber(time, UserAgent);
    }

    public static HookRunner For(RuntimeServiceClient runtime, TimeProvider time) => new(runtime.ExecSyncAsync, time);

    /// <summary>Runs <paramref name="handler"/> for the container; null when it succeeded, else why it failed.</summary>
    /// <param name="podIPs">Where an httpGet without a host goes (the first one).</param>
    public async Task<string?> RunAsync(LifecycleHandler handler, Pod pod, Container container, string containerId, IReadOnlyList<string> podIPs,
        CancellationToken ct)
    {
        var where = $"for Container {GoStrings.Quote(container.Name)} in Pod {GoStrings.Quote(pod.FullName())} failed - error:";
        if (handler.Exec is { } exec)
        {
            var command = exec.Command ?? [];
            var error = await ExecAsync(containerId, command, ct);
            return error is null ? null : $"Exec lifecycle hook ([{string.Join(' ', command)}]) {where} {error.Value.Error}, message: {GoStrings.Quote(error.Value.Output)}";
        }

        if (handler.HttpGet is { } http)
        {
            var error = await HttpGetAsync(http, container, podIPs, ct);
            return error is null ? null : $"HTTP lifecycle hook ({http.Path}) {where} {error}";
        }

        if (handler.Sleep is { } sleep)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(sleep.Seconds), _time, ct);
                return null;
            }
            catch (OperationCanceledException)
            {
                return $"Sleep lifecycle hook ({sleep.Seconds}) {where} container terminated before sleep hook finished";
            }
        }

        return "Cannot run handler: invalid handler: no exec, httpGet or sleep action";
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Null on exit 0; else the error as upstream's remote runtime words it, and the command's output.</summary>
    private async Task<(string Error, string Output)?> ExecAsync(string containerId, IReadOnlyList<string> command, CancellationToken ct)
    {
        ExecSyncResponse response;
        try
        {
            // As upstream: no timeout; a preStop is bounded by the grace period, a postStart by nothing.
            response = await _execSync(containerId, command, TimeSpan.Zero, ct);
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            return ($"rpc error: code = {e.StatusCode} desc = {e.Detail}", "");
        }

        if (response.ExitCode == 0)
            return null;
        var stderr = Encoding.UTF8.GetString(response.Stderr.Span);
        return ($"command '{string.Join(' ', command)}' exited with {response.ExitCode}: {stderr}",
            ExecProber.Output(response.Stdout.Span, response.Stderr.Span));
    }

    private async Task<string?> HttpGetAsync(HTTPGetAction http, Container container, IReadOnlyList<string> podIPs, CancellationToken ct)
    {
        var host = http.Host;
        if (string.IsNullOrEmpty(host))
        {
            if (podIPs.Count == 0)
                return "failed to find networking container";
            host = podIPs[0];
        }

        var (port, portError) = ContainerPorts.Resolve(http.Port, container);
        if (portError is not null)
            return portError;
        if (HttpProber.Url(http.Scheme, host, port, http.Path) is not { } url)
            return $"invalid URL for path \"{http.Path}\"";
        var outcome = await _http.GetAsync(url, http.HttpHeaders ?? [], Timeout.InfiniteTimeSpan, static (_, body) => ProbeOutcome.Success(body), ct);
        return outcome.Result is ProbeOutcome.Status.Success or ProbeOutcome.Status.Warning ? null : outcome.Output;
    }
}
