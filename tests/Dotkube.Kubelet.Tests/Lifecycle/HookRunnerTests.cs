using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Lifecycle;
using Dotkube.Kubelet.Tests.Probes;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Container = Dotkube.Api.Core.V1.Container;

namespace Dotkube.Kubelet.Tests.Lifecycle;

/// <summary>Each lifecycle action against a fake runtime or a loopback server, with upstream's outcomes and messages.</summary>
public sealed class HookRunnerTests
{
    private static readonly Pod Pod = new() { Metadata = new ObjectMeta { Name = "web", Namespace = "default", Uid = "u1" } };
    private static readonly Container Main = new() { Name = "main", Ports = [new ContainerPort { Name = "http", Port = 8080 }] };

    [Fact]
    public async Task An_exec_hook_that_exits_0_succeeds_and_runs_without_a_timeout()
    {
        TimeSpan? timeout = null;
        using var hooks = new HookRunner((_, _, t, _) =>
        {
            timeout = t;
            return Task.FromResult(new ExecSyncResponse { ExitCode = 0 });
        }, TimeProvider.System);
        Assert.Null(await hooks.RunAsync(Exec("true"), Pod, Main, "c1", [], default));
        Assert.Equal(TimeSpan.Zero, timeout);
    }

    [Fact]
    public async Task A_failing_exec_hook_gives_upstreams_message_with_the_exit_code_stderr_and_output()
    {
        using var hooks = new HookRunner((_, _, _, _) => Task.FromResult(new ExecSyncResponse
        {
            ExitCode = 3, Stdout = ByteString.CopyFromUtf8("out\n"), Stderr = ByteString.CopyFromUtf8("bad"),
        }), TimeProvider.System);
        var message = await hooks.RunAsync(Exec("sh", "-c", "exit 3"), Pod, Main, "c1", [], default);
        Assert.Equal("Exec lifecycle hook ([sh -c exit 3]) for Container \"main\" in Pod \"web_default(u1)\" failed - error: "
                     + "command 'sh -c exit 3' exited with 3: bad, message: \"out\\nbad\"", message);
    }

    [Fact]
    public async Task A_runtime_error_fails_an_exec_hook()
    {
        using var hooks = new HookRunner((_, _, _, _) => throw new RpcException(StatusCode.NotFound, "container not running"), TimeProvider.System);
        var message = await hooks.RunAsync(Exec("true"), Pod, Main, "c1", [], default);
        Assert.EndsWith("failed - error: rpc error: code = NotFound desc = container not running, message: \"\"", message);
    }

    [Fact]
    public async Task An_http_hook_succeeds_on_any_answer_and_names_itself_kube_lifecycle()
    {
        string? agent = null;
        await using var server = await TestServer.StartAsync(context =>
        {
            agent = context.Request.Headers.UserAgent;
            context.Response.StatusCode = 500;
            return context.Response.WriteAsync("broken");
        });
        using var hooks = new HookRunner((_, _, _, _) => throw new InvalidOperationException(), TimeProvider.System);
        var handler = new LifecycleHandler { HttpGet = new HTTPGetAction { Port = IntOrString.FromInt(server.Port), Path = "/stop" } };
        Assert.Null(await hooks.RunAsync(handler, Pod, Main, "c1", ["127.0.0.1"], default));
        Assert.Equal("kube-lifecycle/1.32", agent);
    }

    [Fact]
    public async Task An_http_hook_fails_on_a_closed_port_and_without_a_pod_IP()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var hooks = new HookRunner((_, _, _, _) => throw new InvalidOperationException(), TimeProvider.System);
        var handler = new LifecycleHandler { HttpGet = new HTTPGetAction { Port = IntOrString.FromInt(port), Path = "/stop" } };

        var refused = await hooks.RunAsync(handler, Pod, Main, "c1", ["127.0.0.1"], default);
        Assert.StartsWith($"HTTP lifecycle hook (/stop) for Container \"main\" in Pod \"web_default(u1)\" failed - error: Get \"http://127.0.0.1:{port}/stop\": dial tcp",
            refused);
        Assert.EndsWith("failed - error: failed to find networking container", await hooks.RunAsync(handler, Pod, Main, "c1", [], default));
    }

    [Fact]
    public async Task A_sleep_hook_waits_and_fails_only_when_cut_short()
    {
        using var hooks = new HookRunner((_, _, _, _) => throw new InvalidOperationException(), TimeProvider.System);
        Assert.Null(await hooks.RunAsync(new LifecycleHandler { Sleep = new SleepAction { Seconds = 0 } }, Pod, Main, "c1", [], default));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var message = await hooks.RunAsync(new LifecycleHandler { Sleep = new SleepAction { Seconds = 5 } }, Pod, Main, "c1", [], cancelled.Token);
        Assert.Equal("Sleep lifecycle hook (5) for Container \"main\" in Pod \"web_default(u1)\" failed - error: container terminated before sleep hook finished",
            message);
    }

    [Fact]
    public async Task A_tcpSocket_hook_cannot_run_and_fails()
    {
        using var hooks = new HookRunner((_, _, _, _) => throw new InvalidOperationException(), TimeProvider.System);
        var handler = new LifecycleHandler { TcpSocket = new TCPSocketAction { Port = IntOrString.FromInt(80) } };
        Assert.StartsWith("Cannot run handler: invalid handler", await hooks.RunAsync(handler, Pod, Main, "c1", [], default));
    }

    private static LifecycleHandler Exec(params string[] command) => new() { Exec = new ExecAction { Command = [.. command] } };
}
