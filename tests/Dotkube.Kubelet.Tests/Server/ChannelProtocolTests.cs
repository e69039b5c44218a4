using System.Net.WebSockets;
using System.Text;
using Dotkube.Kubelet.Containerd;
using Dotkube.Kubelet.Server;

namespace Dotkube.Kubelet.Tests.Server;

public sealed class ChannelProtocolTests
{
    [Theory]
    [InlineData("v5.channel.k8s.io,v4.channel.k8s.io", "v5.channel.k8s.io")]
    [InlineData("v4.channel.k8s.io, v5.channel.k8s.io", "v4.channel.k8s.io")]
    [InlineData("v3.channel.k8s.io, base64.channel.k8s.io", "base64.channel.k8s.io")]
    [InlineData("", "")]
    public void The_client_s_first_supported_subprotocol_wins(string offered, string chosen) =>
        Assert.Equal(chosen, ChannelProtocol.Negotiate(offered.Length == 0 ? [] : [offered])!.Name);

    [Fact]
    public void No_supported_subprotocol_is_a_refusal() => Assert.Null(ChannelProtocol.Negotiate(["v3.channel.k8s.io", "SPDY/3.1"]));

    [Fact]
    public void Binary_messages_carry_the_channel_in_their_first_byte()
    {
        var v4 = ChannelProtocol.Negotiate([ChannelProtocol.V4])!;
        var (message, type) = v4.Encode(ChannelProtocol.Stdout, "hi"u8);
        Assert.Equal([1, (byte)'h', (byte)'i'], message);
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.True(v4.TryDecode([0, (byte)'x'], out var channel, out var data));
        Assert.Equal((ChannelProtocol.Stdin, "x"), (channel, Encoding.UTF8.GetString(data)));
        Assert.False(v4.TryDecode([], out _, out _));
    }

    [Fact]
    public void Base64_messages_are_text_with_a_digit_channel()
    {
        var base64 = ChannelProtocol.Negotiate([ChannelProtocol.V4Base64])!;
        var (message, type) = base64.Encode(ChannelProtocol.Stderr, "foo\n"u8);
        Assert.Equal(("2Zm9vCg==", WebSocketMessageType.Text), (Encoding.ASCII.GetString(message), type));
        Assert.True(base64.TryDecode("0Zm9vCg=="u8, out var channel, out var data));
        Assert.Equal((ChannelProtocol.Stdin, "foo\n"), (channel, Encoding.UTF8.GetString(data)));
        Assert.Throws<FormatException>(() => base64.TryDecode("0!!"u8, out _, out _));
    }

    [Fact]
    public void Only_v5_has_the_close_signal()
    {
        var v5 = ChannelProtocol.Negotiate([ChannelProtocol.V5])!;
        Assert.True(v5.CloseSignal);
        Assert.True(v5.TryDecode([255, 0], out var channel, out var data));
        Assert.Equal(ChannelProtocol.Close, channel);
        Assert.Equal([ChannelProtocol.Stdin], data);
        Assert.False(ChannelProtocol.Negotiate([ChannelProtocol.V4])!.CloseSignal);
    }

    [Fact]
    public void A_non_zero_exit_is_a_NonZeroExitCode_status_with_the_code_as_its_cause()
    {
        var status = StreamStatus.NonZeroExit(3, "error executing command [sh -c exit 3], exit code 3");
        Assert.Equal("""{"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}""",
            Encoding.UTF8.GetString(status.Encode(ChannelProtocol.Negotiate([ChannelProtocol.V5])!)!));
        Assert.Equal("command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3",
            Encoding.UTF8.GetString(status.Encode(ChannelProtocol.Negotiate([ChannelProtocol.V1])!)!));
    }

    [Fact]
    public void Success_is_a_bare_status_and_nothing_before_v4()
    {
        Assert.Equal("""{"metadata":{},"status":"Success"}""",
            Encoding.UTF8.GetString(StreamStatus.Succeeded.Encode(ChannelProtocol.Negotiate([ChannelProtocol.V4])!)!));
        Assert.Null(StreamStatus.Succeeded.Encode(ChannelProtocol.Negotiate([ChannelProtocol.V1Base64])!));
    }

    [Fact]
    public void An_internal_error_is_a_500_InternalError_status()
    {
        Assert.Equal("""{"metadata":{},"status":"Failure","message":"Internal error occurred: boom","reason":"InternalError","details":{"causes":[{"message":"boom"}]},"code":500}""",
            Encoding.UTF8.GetString(StreamStatus.Internal("boom").Encode(ChannelProtocol.Negotiate([ChannelProtocol.V5])!)!));
    }

    [Fact]
    public void A_resize_message_may_hold_several_sizes() =>
        Assert.Equal([(80u, 24u), (100u, 30u)],
            StreamingHandler.TerminalSizes("""{"Width":80,"Height":24}{"Width":100,"Height":30}"""u8.ToArray()));

    [Fact]
    public void An_exec_runs_the_container_s_process_with_the_command_and_a_terminal_s_TERM()
    {
        var spec = """{"ociVersion":"1.0.2","process":{"user":{"uid":0,"gid":0},"args":["sleep","3600"],"env":["PATH=/bin","TERM=dumb"],"cwd":"/"}}""";
        Assert.Equal("""{"user":{"uid":0,"gid":0},"args":["sh","-c","exit 3"],"env":["PATH=/bin","TERM=xterm"],"cwd":"/","terminal":true}""",
            ExecSession.ProcessSpec(spec, ["sh", "-c", "exit 3"], tty: true));
        Assert.Contains("\"terminal\":false", ExecSession.ProcessSpec(spec, ["true"], tty: false), StringComparison.Ordinal);
    }
}
