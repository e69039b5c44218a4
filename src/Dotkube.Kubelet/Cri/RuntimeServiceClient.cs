using Dotkube.Grpc;
using Dotkube.Kubelet.Cri.V1;
using Google.Protobuf;

namespace Dotkube.Kubelet.Cri;

/// <summary>
/// The kubelet's client of CRI's <c>runtime.v1.RuntimeService</c> (sandboxes, containers, exec,
/// stats, runtime status), with the deadlines upstream's remote runtime service uses. Failures
/// are <see cref="RpcException"/>s carrying the runtime's gRPC status (NotFound for an unknown
/// container, DeadlineExceeded for a call past its deadline, Unavailable when the socket is gone).
/// Safe to use concurrently; dispose closes the connection.
/// </summary>
public sealed partial class RuntimeServiceClient : IDisposable
{
    /// <summary>The CRI API version the kubelet asks for and expects back.</summary>
    public const string ApiVersion = "v1";

    private const string Service = "/runtime.v1.RuntimeService/";

    private readonly CriCaller _caller;

    public RuntimeServiceClient(CriClientOptions options) => _caller = new CriCaller(options);

    public string Endpoint => _caller.Endpoint;

    /// <summary>The runtime's name and versions (containerd answers RuntimeName "containerd", RuntimeApiVersion "v1").</summary>
    public Task<VersionResponse> VersionAsync(CancellationToken cancellationToken = default) =>
        CallAsync("Version", new VersionRequest { Version = ApiVersion }, VersionResponse.Parser, cancellationToken);

    /// <summary>
    /// RuntimeReady and NetworkReady, as the kubelet reads them for the node's Ready condition.
    /// Like upstream, a status without both required conditions is an error.
    /// </summary>
    public async Task<StatusResponse> StatusAsync(bool verbose = false, CancellationToken cancellationToken = default)
    {
        var response = await CallAsync("Status", new StatusRequest { Verbose = verbose }, StatusResponse.Parser, cancellationToken);
        if (response.Status is null || response.Status.Conditions.Count < 2)
        {
            throw new RpcException(StatusCode.Internal, "Status: the runtime did not report the RuntimeReady and NetworkReady conditions");
        }

        return response;
    }

    /// <summary>Passes the node's pod CIDR to the runtime (containerd uses it only with a CNI config template).</summary>
    public Task UpdateRuntimeConfigAsync(string podCidr, CancellationToken cancellationToken = default) =>
        CallAsync("UpdateRuntimeConfig",
            new UpdateRuntimeConfigRequest { RuntimeConfig = new RuntimeConfig { NetworkConfig = new NetworkConfig { PodCidr = podCidr } } },
            UpdateRuntimeConfigResponse.Parser, cancellationToken);

    /// <summary>The runtime's cgroup driver. Runtimes older than CRI 1.28 (containerd 1.6) answer Unimplemented; the kubelet then keeps its own setting.</summary>
    public Task<RuntimeConfigResponse> RuntimeConfigAsync(CancellationToken cancellationToken = default) =>
        CallAsync("RuntimeConfig", new RuntimeConfigRequest(), RuntimeConfigResponse.Parser, cancellationToken);

    public void Dispose() => _caller.Dispose();

    private Task<T> CallAsync<T>(string method, IMessage request, MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T> =>
        CallAsync(method, request, parser, _caller.DefaultTimeout, cancellationToken);

    private Task<T> CallAsync<T>(string method, IMessage request, MessageParser<T> parser, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class, IMessage<T> =>
        _caller.CallAsync(Service + method, request, parser, timeout, cancellationToken);

    private static string Required(string value, string method, string what) =>
        string.IsNullOrEmpty(value) ? throw new RpcException(StatusCode.Internal, $"{method}: the runtime returned no {what}") : value;
}
