using System.Text;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri;
using Dotkube.Kubelet.Cri.V1;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// exec probes through CRI ExecSync, as upstream's exec prober: exit 0 is success, any other exit
/// a failure with the command's output (stdout then stderr, at most 10 KiB); a command still
/// running at the timeout fails with "command ... timed out"; a runtime error is an error.
/// </summary>
public sealed class ExecProber(Func<string, IReadOnlyList<string>, TimeSpan, CancellationToken, Task<ExecSyncResponse>> execSync)
{
    /// <summary>As upstream's maxReadLength: what is kept of a probe command's output.</summary>
    public const int MaxOutputBytes = 10 * 1024;

    public static ExecProber For(RuntimeServiceClient runtime) => new(runtime.ExecSyncAsync);

    public async Task<ProbeOutcome> ProbeAsync(string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct)
    {
        ExecSyncResponse response;
        try
        {
            response = await execSync(containerId, command, timeout, ct);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded && !ct.IsCancellationRequested)
        {
            // As upstream's remote runtime: DeadlineExceeded from ExecSync is the probe timing out.
            return ProbeOutcome.Failure($"command \"{string.Join(' ', command)}\" timed out");
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            return ProbeOutcome.Error($"rpc error: code = {e.StatusCode} desc = {e.Detail}");
        }

        var output = Output(response.Stdout.Span, response.Stderr.Span);
        return response.ExitCode == 0 ? ProbeOutcome.Success(output) : ProbeOutcome.Failure(output);
    }

    /// <summary>stdout then stderr, at most <see cref="MaxOutputBytes"/>, as text.</summary>
    internal static string Output(ReadOnlySpan<byte> stdout, ReadOnlySpan<byte> stderr)
    {
        var bytes = new byte[Math.Min(MaxOutputBytes, stdout.Length + stderr.Length)];
        var fromStdout = Math.Min(stdout.Length, bytes.Length);
        stdout[..fromStdout].CopyTo(bytes);
        stderr[..(bytes.Length - fromStdout)].CopyTo(bytes.AsSpan(fromStdout));
        return Encoding.UTF8.GetString(bytes);
    }
}
