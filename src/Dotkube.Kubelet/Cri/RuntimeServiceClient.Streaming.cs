using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Cri;

public sealed partial class RuntimeServiceClient
{
    /// <summary>
    /// Runs a command in a container and returns its output and exit code (a non-zero exit is a
    /// result, not an error). With a <paramref name="timeout"/> the deadline is that plus the
    /// request timeout, leaving the runtime time to clean up, as upstream; zero means no limit.
    /// </summary>
    public Task<ExecSyncResponse> ExecSyncAsync(string containerId, IEnumerable<string> command, TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        var request = new ExecSyncRequest { ContainerId = containerId, Timeout = (long)timeout.TotalSeconds };
        request.Cmd.AddRange(command);
        var deadline = timeout == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : _caller.DefaultTimeout + timeout;
        return CallAsync("ExecSync", request, ExecSyncResponse.Parser, deadline, cancellationToken);
    }

    /// <summary>Prepares an exec session; the answer's URL is the runtime's streaming server, where the session runs.</summary>
    public async Task<ExecResponse> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("Exec", request, ExecResponse.Parser, cancellationToken);
        Required(response.Url, "Exec", "streaming URL");
        return response;
    }

    /// <summary>Prepares an attach session on the runtime's streaming server.</summary>
    public async Task<AttachResponse> AttachAsync(AttachRequest request, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("Attach", request, AttachResponse.Parser, cancellationToken);
        Required(response.Url, "Attach", "streaming URL");
        return response;
    }

    /// <summary>Prepares a port-forward session into a sandbox's network namespace.</summary>
    public async Task<PortForwardResponse> PortForwardAsync(PortForwardRequest request, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("PortForward", request, PortForwardResponse.Parser, cancellationToken);
        Required(response.Url, "PortForward", "streaming URL");
        return response;
    }
}
