using Dotkube.Api.Protobuf;
using Dotkube.Grpc;
using Dotkube.Kubelet.Probes.Health;

namespace Dotkube.Kubelet.Probes;

/// <summary>
/// grpc probes, as upstream's grpc prober: grpc.health.v1.Health/Check with the probe's service
/// name over plaintext HTTP/2; SERVING is success, any other answer or error a failure with
/// upstream's message (upstream waits for the connection until the timeout, so a refused
/// connection reads as "timeout: failed to connect service ...").
/// </summary>
public sealed class GrpcProber(TimeProvider time)
{
    public const string CheckMethod = "/grpc.health.v1.Health/Check";

    public async Task<ProbeOutcome> ProbeAsync(string host, int port, string service, TimeSpan timeout, CancellationToken ct)
    {
        var address = TcpProber.HostPort(host, port);
        using var channel = GrpcChannel.ForAddress($"http://{address}");
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        HealthCheckResponse response;
        try
        {
            response = await channel.UnaryAsync(CheckMethod, new HealthCheckRequest { Service = service }, HealthCheckResponse.Parser, linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException && deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return ProbeOutcome.Failure($"timeout: health rpc did not complete within {GoDurationText.Format(timeout)}");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable && e.InnerException is HttpRequestException)
        {
            return ProbeOutcome.Failure(
                $"timeout: failed to connect service \"{address}\" within {GoDurationText.Format(timeout)}: context deadline exceeded");
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            return ProbeOutcome.Failure($"error: this server does not implement the grpc health protocol (grpc.health.v1.Health): {e.Detail}");
        }
        catch (RpcException e)
        {
            return ProbeOutcome.Failure($"error: health rpc probe failed: rpc error: code = {e.StatusCode} desc = {e.Detail}");
        }

        return response.Status == HealthCheckResponse.Types.ServingStatus.Serving
            ? ProbeOutcome.Success("service healthy")
            : ProbeOutcome.Failure($"service unhealthy (responded with \"{StatusName(response.Status)}\")");
    }

    /// <summary>The status as the proto names it (NOT_SERVING), as grpc-go's String().</summary>
    private static string StatusName(HealthCheckResponse.Types.ServingStatus status) =>
        HealthCheckResponse.Descriptor.FindFieldByNumber(HealthCheckResponse.StatusFieldNumber).EnumType.FindValueByNumber((int)status)?.Name
        ?? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
