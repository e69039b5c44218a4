using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Dotkube.Api.Core.V1;
using Dotkube.Grpc;
using Dotkube.Kubelet.Cri.V1;
using Dotkube.Kubelet.Probes;
using Dotkube.Kubelet.Probes.Health;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Dotkube.Kubelet.Tests.Probes;

/// <summary>Each probe handler against a real (loopback) server or a fake runtime, with upstream's outcomes and messages.</summary>
public sealed class HandlerProberTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Exec_exit_0_succeeds_and_any_other_exit_fails_with_stdout_then_stderr()
    {
        var prober = new ExecProber((_, command, _, _) => Task.FromResult(new ExecSyncResponse
        {
            ExitCode = command[0] == "true" ? 0 : 1,
            Stdout = ByteString.CopyFromUtf8("out;"),
            Stderr = ByteString.CopyFromUtf8("err"),
        }));
        Assert.Equal(ProbeOutcome.Success("out;err"), await prober.ProbeAsync("c", ["true"], Second, default));
        Assert.Equal(ProbeOutcome.Failure("out;err"), await prober.ProbeAsync("c", ["false"], Second, default));
    }

    [Fact]
    public async Task Exec_passes_the_timeout_and_a_deadline_is_a_timed_out_failure()
    {
        TimeSpan? passed = null;
        var prober = new ExecProber((_, _, timeout, _) =>
        {
            passed = timeout;
            throw new RpcException(StatusCode.DeadlineExceeded, "timeout 3s exceeded");
        });
        Assert.Equal(ProbeOutcome.Failure("command \"sleep 10\" timed out"), await prober.ProbeAsync("c", ["sleep", "10"], 3 * Second, default));
        Assert.Equal(3 * Second, passed);
    }

    [Fact]
    public async Task Exec_runtime_errors_are_errors_and_output_is_cut_at_10_KiB()
    {
        var missing = new ExecProber((_, _, _, _) => throw new RpcException(StatusCode.NotFound, "container not found"));
        Assert.Equal(ProbeOutcome.Error("rpc error: code = NotFound desc = container not found"), await missing.ProbeAsync("c", ["x"], Second, default));

        var chatty = new ExecProber((_, _, _, _) => Task.FromResult(new ExecSyncResponse { ExitCode = 1, Stdout = ByteString.CopyFrom(new byte[20_000]) }));
        Assert.Equal(ExecProber.MaxOutputBytes, (await chatty.ProbeAsync("c", ["x"], Second, default)).Output.Length);
    }

    [Fact]
    public async Task Tcp_succeeds_on_an_accepted_connection_and_fails_on_a_closed_port_with_gos_dial_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var prober = new TcpProber(TimeProvider.System);
        Assert.Equal(ProbeOutcome.Status.Success, (await prober.ProbeAsync("127.0.0.1", port, Second, default)).Result);
        listener.Stop();
        Assert.Equal(ProbeOutcome.Failure($"dial tcp 127.0.0.1:{port}: connect: connection refused"),
            await prober.ProbeAsync("127.0.0.1", port, Second, default));
    }

    [Fact]
    public async Task Http_sends_kube_probe_headers_and_takes_200_to_399_as_success()
    {
        var seen = new List<(string? Agent, string? Accept, string? Custom, string? Host, string Path)>();
        await using var server = await TestServer.StartAsync(async context =>
        {
            var request = context.Request;
            seen.Add((request.Headers.UserAgent, request.Headers.Accept, request.Headers["X-Probe"], request.Host.Host, request.Path + request.QueryString));
            context.Response.StatusCode = request.Path == "/bad" ? 500 : 204;
            await context.Response.WriteAsync("");
        });
        using var prober = new HttpProber(TimeProvider.System);

        var ok = await prober.ProbeAsync(HttpProber.Url(null, "127.0.0.1", server.Port, "healthz?deep=1")!,
            [new HTTPHeader { Name = "X-Probe", Value = "yes" }, new HTTPHeader { Name = "Host", Value = "example.test" }], Second, default);
        var bad = await prober.ProbeAsync(HttpProber.Url("HTTP", "127.0.0.1", server.Port, "/bad")!, [], Second, default);

        Assert.Equal(ProbeOutcome.Status.Success, ok.Result);
        Assert.Equal(ProbeOutcome.Failure("HTTP probe failed with statuscode: 500"), bad);
        Assert.Equal(("kube-probe/1.32", "*/*", "yes", "example.test", "/healthz?deep=1"), seen[0]);
    }

    [Fact]
    public async Task Http_follows_redirects_on_the_same_host_and_stops_with_a_warning_at_another_host()
    {
        await using var server = await TestServer.StartAsync(async context =>
        {
            var path = context.Request.Path.Value;
            if (path == "/hop")
                context.Response.Redirect("/body");
            else if (path == "/away")
                context.Response.Redirect("http://elsewhere.invalid/");
            else if (path == "/loop")
                context.Response.Redirect("/loop");
            else
                await context.Response.WriteAsync("fine");
        });
        using var prober = new HttpProber(TimeProvider.System);
        Task<ProbeOutcome> Probe(string path) => prober.ProbeAsync(HttpProber.Url("http", "127.0.0.1", server.Port, path)!, [], Second, default);

        Assert.Equal(ProbeOutcome.Success("fine"), await Probe("/hop"));
        Assert.Equal(ProbeOutcome.Warning("Probe terminated redirects, Response body: "), await Probe("/away"));
        Assert.Equal(ProbeOutcome.Failure($"Get \"http://127.0.0.1:{server.Port}/loop\": stopped after 10 redirects"), await Probe("/loop"));
    }

    [Fact]
    public async Task Https_does_not_verify_the_certificate_and_a_closed_port_fails_with_gos_error()
    {
        await using var server = await TestServer.StartAsync(context => context.Response.WriteAsync("secure"), https: true);
        using var prober = new HttpProber(TimeProvider.System);
        // A generous timeout: the first TLS handshake of a test process pays for loading the crypto stack.
        Assert.Equal(ProbeOutcome.Success("secure"),
            await prober.ProbeAsync(HttpProber.Url("HTTPS", "127.0.0.1", server.Port, "/")!, [], 10 * Second, default));

        var closed = FreePort();
        Assert.Equal(ProbeOutcome.Failure($"Get \"http://127.0.0.1:{closed}/\": dial tcp 127.0.0.1:{closed}: connect: connection refused"),
            await prober.ProbeAsync(HttpProber.Url("http", "127.0.0.1", closed, "/")!, [], Second, default));
    }

    [Fact]
    public async Task Http_that_answers_too_late_fails_at_the_timeout()
    {
        await using var server = await TestServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var prober = new HttpProber(TimeProvider.System);
        var outcome = await prober.ProbeAsync(HttpProber.Url("http", "127.0.0.1", server.Port, "/slow")!, [], TimeSpan.FromMilliseconds(200), default);
        Assert.Equal(ProbeOutcome.Status.Failure, outcome.Result);
        Assert.EndsWith("context deadline exceeded (Client.Timeout exceeded while awaiting headers)", outcome.Output);
    }

    [Theory]
    [InlineData("", ProbeOutcome.Status.Success, "service healthy")]
    [InlineData("sick", ProbeOutcome.Status.Failure, "service unhealthy (responded with \"NOT_SERVING\")")]
    [InlineData("absent", ProbeOutcome.Status.Failure, "error: health rpc probe failed: rpc error: code = NotFound desc = unknown service")]
    public async Task Grpc_calls_the_health_service_with_the_service_name_and_only_SERVING_succeeds(string service, ProbeOutcome.Status result,
        string output)
    {
        await using var server = await TestServer.StartAsync(HealthServiceAsync, http2Only: true);
        var outcome = await new GrpcProber(TimeProvider.System).ProbeAsync("127.0.0.1", server.Port, service, Second, default);
        Assert.Equal(new ProbeOutcome(result, output), outcome);
    }

    [Fact]
    public async Task Grpc_against_a_closed_port_fails_as_a_connection_timeout()
    {
        var port = FreePort();
        Assert.Equal(ProbeOutcome.Failure($"timeout: failed to connect service \"127.0.0.1:{port}\" within 1s: context deadline exceeded"),
            await new GrpcProber(TimeProvider.System).ProbeAsync("127.0.0.1", port, "", Second, default));
    }

    /// <summary>grpc.health.v1.Health/Check by hand: "" is SERVING, "sick" NOT_SERVING, anything else NotFound.</summary>
    private static async Task HealthServiceAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var request = HealthCheckRequest.Parser.ParseFrom(body.ToArray().AsSpan(5));
        context.Response.ContentType = "application/grpc";
        if (request.Service is "" or "sick")
        {
            var response = new HealthCheckResponse
            {
                Status = request.Service == "" ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.NotServing,
            };
            var payload = response.ToByteArray();
            var frame = new byte[5 + payload.Length];
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
            payload.CopyTo(frame, 5);
            await context.Response.Body.WriteAsync(frame);
            context.Response.AppendTrailer("grpc-status", "0");
        }
        else
        {
            await context.Response.StartAsync();
            context.Response.AppendTrailer("grpc-status", "5");
            context.Response.AppendTrailer("grpc-message", "unknown service");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
