using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dotkube.Kubelet.Linux;

namespace Dotkube.Kubelet.Containerd;

/// <summary>
/// One process run in a running container through containerd's tasks API, as CRI's exec does it:
/// the container's own process spec (user, env, cwd, capabilities) with the command as args,
/// a terminal when asked (TERM=xterm, as containerd's CRI sets), and stdio over fifos. Dispose
/// kills a process still running, deletes it from the shim and removes the fifos.
/// </summary>
public sealed class ExecSession : IAsyncDisposable
{
    private readonly ContainerdTasksClient _tasks;
    private readonly ExecFifos _fifos;
    private readonly string _containerId;
    private readonly string _execId;
    private Task<int>? _exit;
    private int _stdinClosed;

    private ExecSession(ContainerdTasksClient tasks, ExecFifos fifos, string containerId, string execId, bool tty)
    {
        _tasks = tasks;
        _fifos = fifos;
        _containerId = containerId;
        _execId = execId;
        Tty = tty;
    }

    public bool Tty { get; }

    /// <summary>The process's output (with a terminal, everything it writes).</summary>
    public Task<FileStream> Stdout => _fifos.Stdout;

    /// <summary>Its error output; null with a terminal.</summary>
    public Task<FileStream>? Stderr => _fifos.Stderr;

    /// <summary>Its input; null when stdin was not asked for.</summary>
    public Task<FileStream>? Stdin => _fifos.Stdin;

    /// <summary>The exit code, once the process has exited.</summary>
    public Task<int> Exit => _exit ?? throw new InvalidOperationException("the exec process has not started");

    /// <summary>Starts <paramref name="command"/> in the container; fifos live under <paramref name="fifoRoot"/> for its lifetime.</summary>
    public static async Task<ExecSession> StartAsync(ContainerdTasksClient tasks, string containerId, IReadOnlyList<string> command,
        bool tty, bool stdin, string fifoRoot, CancellationToken ct)
    {
        var spec = await tasks.GetSpecJsonAsync(containerId, ct);
        var process = ProcessSpec(spec, command, tty);
        var execId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var fifos = ExecFifos.Create(fifoRoot, execId, stdin, stderr: !tty);
        var session = new ExecSession(tasks, fifos, containerId, execId, tty);
        var created = false;
        try
        {
            await tasks.ExecAsync(containerId, execId, process, tty, fifos.StdinPath, fifos.StdoutPath, fifos.StderrPath, ct);
            created = true;
            try
            {
                await tasks.StartAsync(containerId, execId, ct);
            }
            catch (Grpc.RpcException e)
            {
                // containerd's CRI words it so (runc's exec failures surface here).
                throw new Grpc.RpcException(e.StatusCode, $"failed to start exec \"{execId}\": {e.Detail}", e);
            }

            session._exit = tasks.WaitAsync(containerId, execId, CancellationToken.None);
            return session;
        }
        catch
        {
            if (created)
                await session.DeleteAsync();
            await fifos.DisposeAsync();
            throw;
        }
    }

    /// <summary>The container's process spec with <paramref name="command"/> as its args and the terminal setting.</summary>
    internal static string ProcessSpec(string containerSpecJson, IReadOnlyList<string> command, bool tty)
    {
        var process = JsonNode.Parse(containerSpecJson)?["process"]?.AsObject()
                      ?? throw new InvalidOperationException("the container's OCI spec has no process");
        process["args"] = new JsonArray([.. command.Select(arg => JsonValue.Create(arg))]);
        process["terminal"] = tty;
        if (tty)
        {
            var env = process["env"] as JsonArray ?? [];
            foreach (var term in env.Where(e => e?.GetValue<string>().StartsWith("TERM=", StringComparison.Ordinal) == true).ToList())
                env.Remove(term);
            env.Add("TERM=xterm");
            process["env"] = env;
        }

        return process.ToJsonString();
    }

    /// <summary>
    /// Half-closes stdin: our fifo end closes, then CloseIO closes the shim's own write end (it keeps
    /// one open so the process never sees end-of-file between clients); what is still in the fifo
    /// is read before the process gets end-of-file.
    /// </summary>
    public async Task CloseStdinAsync(CancellationToken ct)
    {
        if (_fifos.Stdin is not { } stdin || Interlocked.Exchange(ref _stdinClosed, 1) == 1)
            return;
        await (await stdin).DisposeAsync();
        await _tasks.CloseStdinAsync(_containerId, _execId, ct);
    }

    public Task ResizeAsync(uint width, uint height, CancellationToken ct) => _tasks.ResizePtyAsync(_containerId, _execId, width, height, ct);

    public async ValueTask DisposeAsync()
    {
        if (_exit is { IsCompleted: false })
        {
            try
            {
                await _tasks.KillAsync(_containerId, _execId, LibC.Sigkill, CancellationToken.None);
                await _exit.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (Grpc.RpcException)
            {
                // Exited meanwhile, or containerd is gone; the delete below says which.
            }
        }

        await DeleteAsync();
        await _fifos.DisposeAsync();
    }

    private async Task DeleteAsync()
    {
        try
        {
            await _tasks.DeleteProcessAsync(_containerId, _execId, CancellationToken.None);
        }
        catch (Grpc.RpcException)
        {
            // The container (and its exec processes with it) is already gone.
        }
    }
}
