using Dotkube.Kubelet.Containerd.Api;
using Dotkube.Kubelet.Cri;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// The kubelet's client of containerd's native API (containers.v1 and tasks.v1, served on the
/// same socket as CRI) in the k8s.io namespace, where the CRI plugin keeps pod containers. Exec
/// goes through it rather than CRI's streaming server because containerd 1.6 serves exec over
/// WebSocket only up to v4.channel.k8s.io, which cannot half-close stdin
/// (<c>kubectl exec -i pod -- cat</c> could never end). Failures are <see cref="Grpc.RpcException"/>s.
/// </summary>
public sealed class ContainerdTasksClient : IDisposable
{
    /// <summary>The containerd namespace of CRI's containers.</summary>
    public const string Namespace = "k8s.io";

    /// <summary>The type URL containerd and ctr give a process spec (runtime-spec JSON).</summary>
    internal const string ProcessSpecType = "types.containerd.io/opencontainers/runtime-spec/1/Process";

    private const string Containers = "/containerd.services.containers.v1.Containers/";
    private const string Tasks = "/containerd.services.tasks.v1.Tasks/";

    private readonly CriCaller _caller;

    /// <param name="options">containerd's socket (the CRI endpoint) and the call deadline.</param>
    public ContainerdTasksClient(CriClientOptions options) =>
        _caller = new CriCaller(options, new Dictionary<string, string> { ["containerd-namespace"] = Namespace });

    /// <summary>The container's OCI runtime spec, as the JSON containerd stores.</summary>
    public async Task<string> GetSpecJsonAsync(string containerId, CancellationToken ct)
    {
        var response = await Call(Containers + "Get", new GetContainerRequest { Id = containerId }, GetContainerResponse.Parser, ct);
        return response.Container?.Spec?.Value.ToStringUtf8() is { Length: > 0 } spec
            ? spec
            : throw new Grpc.RpcException(Grpc.StatusCode.Internal, $"container \"{containerId}\" has no OCI spec");
    }

    /// <summary>Creates an exec process from a process spec (runtime-spec JSON) whose stdio are the given fifos ("" for none).</summary>
    public Task ExecAsync(string containerId, string execId, string processSpecJson, bool terminal, string stdin, string stdout,
        string stderr, CancellationToken ct) =>
        Call(Tasks + "Exec", new ExecProcessRequest
        {
            ContainerId = containerId,
            ExecId = execId,
            Terminal = terminal,
            Stdin = stdin,
            Stdout = stdout,
            Stderr = stderr,
            Spec = new Any { TypeUrl = ProcessSpecType, Value = ByteString.CopyFromUtf8(processSpecJson) },
        }, Empty.Parser, ct);

    public Task StartAsync(string containerId, string execId, CancellationToken ct) =>
        Call(Tasks + "Start", new StartRequest { ContainerId = containerId, ExecId = execId }, StartResponse.Parser, ct);

    /// <summary>Waits for the process to exit (no deadline) and returns its exit status.</summary>
    public async Task<int> WaitAsync(string containerId, string execId, CancellationToken ct)
    {
        var response = await _caller.CallAsync(Tasks + "Wait", new WaitRequest { ContainerId = containerId, ExecId = execId },
            WaitResponse.Parser, Timeout.InfiniteTimeSpan, ct);
        return (int)response.ExitStatus;
    }

    public Task ResizePtyAsync(string containerId, string execId, uint width, uint height, CancellationToken ct) =>
        Call(Tasks + "ResizePty", new ResizePtyRequest { ContainerId = containerId, ExecId = execId, Width = width, Height = height },
            Empty.Parser, ct);

    /// <summary>Closes the shim's own write end of the process's stdin fifo, so the process gets end-of-file once our end is closed too.</summary>
    public Task CloseStdinAsync(string containerId, string execId, CancellationToken ct) =>
        Call(Tasks + "CloseIO", new CloseIORequest { ContainerId = containerId, ExecId = execId, Stdin = true }, Empty.Parser, ct);

    public Task KillAsync(string containerId, string execId, int signal, CancellationToken ct) =>
        Call(Tasks + "Kill", new KillRequest { ContainerId = containerId, ExecId = execId, Signal = (uint)signal }, Empty.Parser, ct);

    public Task DeleteProcessAsync(string containerId, string execId, CancellationToken ct) =>
        Call(Tasks + "DeleteProcess", new DeleteProcessRequest { ContainerId = containerId, ExecId = execId }, DeleteResponse.Parser, ct);

    public void Dispose() => _caller.Dispose();

    private Task<T> Call<T>(string method, IMessage request, MessageParser<T> parser, CancellationToken ct)
        where T : class, IMessage<T> =>
        _caller.CallAsync(method, request, parser, _caller.DefaultTimeout, ct);
}
