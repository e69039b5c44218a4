using System.Net;
using System.Net.WebSockets;
using System.Text;
using Dotkube.Api.Core.V1;
using Dotkube.Api.Meta;
using Dotkube.Client.Rest;
using Dotkube.Kubelet.Server;
using Dotkube.Kubelet.Tests.Pods;
using Dotkube.Kubelet.Tests.Support;

namespace Dotkube.Kubelet.Tests.Server;

/// <summary>
/// E2E: the kubelet API's exec and attach WebSockets against a real busybox pod on containerd,
/// reached as the API server reaches them (its kubelet-client certificate).
/// </summary>
public sealed class ExecTests(KubeletApiFixture fixture) : IClassFixture<KubeletApiFixture>
{
    private const string Pod = "shell";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_failing_command_streams_stdout_and_stderr_and_ends_with_its_exit_code()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V5, "output=1&error=1", ["sh", "-c", "echo out; echo err >&2; exit 3"]);
        Assert.Equal(("out\n", "err\n"), (session.Text(ChannelProtocol.Stdout), session.Text(ChannelProtocol.Stderr)));
        Assert.Equal("""{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c echo out; echo err >&2; exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}""",
            session.Text(ChannelProtocol.Error));
    }

    [Fact]
    public async Task Cat_echoes_stdin_and_ends_when_a_v5_client_closes_it()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V5, "input=1&output=1&error=1", ["cat"], async socket =>
        {
            await socket.SendAsync(Frame(ChannelProtocol.Stdin, "hello\n"), WebSocketMessageType.Binary, true, CancellationToken.None);
            await socket.SendAsync(new byte[] { 255, 0 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        });
        Assert.Equal(("hello\n", """{"metadata":{},"status":"Success"}"""), (session.Text(ChannelProtocol.Stdout), session.Text(ChannelProtocol.Error)));
    }

    [Fact]
    public async Task A_v4_client_runs_a_command_without_stdin()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V4, "output=1", ["echo", "hi"]);
        Assert.Equal(("hi\n", """{"metadata":{},"status":"Success"}"""), (session.Text(ChannelProtocol.Stdout), session.Text(ChannelProtocol.Error)));
    }

    [Fact]
    public async Task A_base64_client_gets_text_messages()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V4Base64, "output=1", ["echo", "hi"]);
        Assert.Equal("hi\n", session.Text(ChannelProtocol.Stdout));
    }

    [Fact]
    public async Task A_terminal_takes_the_size_the_client_resizes_it_to()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V5, "input=1&output=1&tty=1", ["sh", "-c", "read line; stty size"], async socket =>
        {
            await socket.SendAsync(Frame(ChannelProtocol.Resize, """{"Width":100,"Height":30}"""), WebSocketMessageType.Binary, true, CancellationToken.None);
            await socket.SendAsync(Frame(ChannelProtocol.Stdin, "go\r"), WebSocketMessageType.Binary, true, CancellationToken.None);
        });
        Assert.Contains("30 100", session.Text(ChannelProtocol.Stdout), StringComparison.Ordinal);
        Assert.Equal("", session.Text(ChannelProtocol.Stderr));
        Assert.Equal("""{"metadata":{},"status":"Success"}""", session.Text(ChannelProtocol.Error));
    }

    [Fact]
    public async Task A_client_that_goes_away_takes_its_command_with_it()
    {
        await EnsurePodAsync();
        using (var socket = await ConnectAsync(ChannelProtocol.V5, $"/exec/default/{Pod}/main?command=sleep&command=4242&output=1"))
        {
            await Eventually.HoldsAsync(async () => (await RunAsync(ChannelProtocol.V5, "output=1", ["ps"])).Text(ChannelProtocol.Stdout)
                .Contains("sleep 4242", StringComparison.Ordinal), Timeout, "the command runs");
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await Eventually.HoldsAsync(async () => !(await RunAsync(ChannelProtocol.V5, "output=1", ["ps"])).Text(ChannelProtocol.Stdout)
            .Contains("sleep 4242", StringComparison.Ordinal), Timeout, "the command is killed");
    }

    [Fact]
    public async Task A_command_that_cannot_start_is_an_internal_error_on_the_error_channel()
    {
        await EnsurePodAsync();
        var session = await RunAsync(ChannelProtocol.V5, "output=1", ["/no/such/command"]);
        var status = session.Text(ChannelProtocol.Error);
        Assert.Contains("\"reason\":\"InternalError\"", status, StringComparison.Ordinal);
        Assert.Contains("error executing command in container: failed to exec in container: failed to start exec", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_pod_or_container_is_an_HTTP_error_before_the_upgrade()
    {
        await EnsurePodAsync();
        using var client = Client();
        var port = fixture.Server.Port;
        var noContainer = await client.GetAsync($"https://127.0.0.1:{port}/exec/default/{Pod}/nope?command=true&output=1");
        Assert.Equal((HttpStatusCode.InternalServerError, "container not found (\"nope\")"),
            (noContainer.StatusCode, await noContainer.Content.ReadAsStringAsync()));
        var noPod = await client.GetAsync($"https://127.0.0.1:{port}/exec/default/none/main?command=true&output=1");
        Assert.Equal((HttpStatusCode.NotFound, "pod does not exist"), (noPod.StatusCode, await noPod.Content.ReadAsStringAsync()));
        var noStreams = await client.GetAsync($"https://127.0.0.1:{port}/attach/default/{Pod}/main");
        Assert.Equal((HttpStatusCode.BadRequest, StreamOptions.NoStreams), (noStreams.StatusCode, await noStreams.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Attach_streams_the_container_s_output()
    {
        await EnsurePodAsync("ticker", "while true; do echo tick; sleep 0.2; done");
        using var socket = await ConnectAsync(ChannelProtocol.V5, $"/attach/default/ticker/main?output=1&error=1");
        await ReadStdoutUntilAsync(socket, output => output.Contains("tick\ntick\n", StringComparison.Ordinal));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Attach_feeds_a_stdin_container_and_streams_what_it_writes()
    {
        await EnsurePodAsync("reader", "", stdin: true, command: ["cat"]);
        using var socket = await ConnectAsync(ChannelProtocol.V5, "/attach/default/reader/main?input=1&output=1&error=1");
        await socket.SendAsync(Frame(ChannelProtocol.Stdin, "ping\n"), WebSocketMessageType.Binary, true, CancellationToken.None);
        // v5's close signal has no v4 equivalent towards containerd: dropped, the session goes on.
        await socket.SendAsync(new byte[] { ChannelProtocol.Close, ChannelProtocol.Stdin }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await ReadStdoutUntilAsync(socket, output => output == "ping\n");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Assert.NotNull((await fixture.GetAsync("reader")).Status.ContainerStatuses!.Single().State.Running);
    }

    /// <summary>Reads an attach session's stdout (binary protocol) until <paramref name="done"/> holds for all of it.</summary>
    private static async Task ReadStdoutUntilAsync(ClientWebSocket socket, Func<string, bool> done)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var output = new StringBuilder();
        var buffer = new byte[4096];
        while (!done(output.ToString()))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            if (result.Count > 0 && buffer[0] == ChannelProtocol.Stdout)
                output.Append(Encoding.UTF8.GetString(buffer, 1, result.Count - 1));
        }
    }

    private static byte[] Frame(byte channel, string text) => [channel, .. Encoding.UTF8.GetBytes(text)];

    private sealed record Session(Dictionary<byte, MemoryStream> Channels)
    {
        public string Text(byte channel) => Channels.TryGetValue(channel, out var s) ? Encoding.UTF8.GetString(s.ToArray()) : "";
    }

    /// <summary>Runs one exec to its end (the server's close) and collects every channel's bytes.</summary>
    private async Task<Session> RunAsync(string protocol, string streams, string[] command, Func<ClientWebSocket, Task>? send = null)
    {
        var query = string.Join("&", command.Select(c => "command=" + Uri.EscapeDataString(c))) + "&" + streams;
        using var socket = await ConnectAsync(protocol, $"/exec/default/{Pod}/main?{query}");
        Assert.Equal(protocol, socket.SubProtocol);
        if (send is not null)
            await send(socket);

        using var timeout = new CancellationTokenSource(Timeout);
        var channels = new Dictionary<byte, MemoryStream>();
        var buffer = new byte[64 * 1024];
        var base64 = protocol.Contains("base64", StringComparison.Ordinal);
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
                break;
            var bytes = message.ToArray();
            if (bytes.Length == 0)
                continue;
            var channel = base64 ? (byte)(bytes[0] - '0') : bytes[0];
            var data = base64 ? Convert.FromBase64String(Encoding.ASCII.GetString(bytes, 1, bytes.Length - 1)) : bytes[1..];
            if (!channels.TryGetValue(channel, out var stream))
                channels[channel] = stream = new MemoryStream();
            stream.Write(data);
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        return new Session(channels);
    }

    private async Task<ClientWebSocket> ConnectAsync(string protocol, string pathAndQuery)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        socket.Options.ClientCertificates.Add(fixture.Node.Cluster.Server.Pki.KubeletClient.ToCertificate());
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(new Uri($"wss://127.0.0.1:{fixture.Server.Port}{pathAndQuery}"), timeout.Token);
        return socket;
    }

    private HttpClient Client()
    {
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        handler.ClientCertificates.Add(fixture.Node.Cluster.Server.Pki.KubeletClient.ToCertificate());
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The class's long-running busybox pods, created by the first test that needs one.</summary>
    private async Task EnsurePodAsync(string name = Pod, string script = "sleep 3600", bool stdin = false, List<string>? command = null)
    {
        try
        {
            await fixture.Node.Client.CreateAsync(new Pod
            {
                Metadata = new ObjectMeta { Name = name, Namespace = "default" },
                Spec = new PodSpec
                {
                    NodeName = PodNodeFixture.NodeName,
                    TerminationGracePeriodSeconds = 1,
                    Containers =
                    [
                        new Container
                        {
                            Name = "main", Image = "docker.io/library/busybox:1.36", Command = command ?? ["sh", "-c", script], Stdin = stdin,
                        },
                    ],
                },
            });
        }
        catch (ApiStatusException e) when (e.IsAlreadyExists)
        {
            // An earlier test made it.
        }

        await Eventually.HoldsAsync(async () => (await fixture.GetAsync(name)).Status.ContainerStatuses?.SingleOrDefault()?.State.Running is not null,
            Timeout, $"pod {name} runs");
    }
}
