using System.Net.WebSockets;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// The channel.k8s.io WebSocket subprotocols of exec and attach (k8s.io/apimachinery wsstream and the
/// kubelet's remotecommand): every message is one channel's bytes behind a channel byte (0 stdin,
/// 1 stdout, 2 stderr, 3 error, 4 resize). The base64 variants send text messages whose channel
/// is an ASCII digit and whose bytes are base64. v4 and later write a metav1.Status JSON on the
/// error channel (earlier ones only a failure's message); v5 adds the close signal
/// <c>[255, channel]</c>, which half-closes a stream (stdin).
/// </summary>
public sealed class ChannelProtocol
{
    public const byte Stdin = 0;
    public const byte Stdout = 1;
    public const byte Stderr = 2;
    public const byte Error = 3;
    public const byte Resize = 4;

    /// <summary>v5's close signal channel.</summary>
    public const byte Close = 255;

    public const string V5 = "v5.channel.k8s.io";
    public const string V4 = "v4.channel.k8s.io";
    public const string V4Base64 = "v4.base64.channel.k8s.io";
    public const string V1 = "channel.k8s.io";
    public const string V1Base64 = "base64.channel.k8s.io";

    private static readonly ChannelProtocol[] All =
    [
        new(V5, base64: false, statusJson: true, closeSignal: true),
        new(V4, base64: false, statusJson: true, closeSignal: false),
        new(V4Base64, base64: true, statusJson: true, closeSignal: false),
        new(V1, base64: false, statusJson: false, closeSignal: false),
        new(V1Base64, base64: true, statusJson: false, closeSignal: false),
        // No subprotocol at all: binary channels, as wsstream's "" entry.
        new("", base64: false, statusJson: false, closeSignal: false),
    ];

    private ChannelProtocol(string name, bool base64, bool statusJson, bool closeSignal)
    {
        Name = name;
        Base64 = base64;
        StatusJson = statusJson;
        CloseSignal = closeSignal;
    }

    /// <summary>The subprotocol to answer with; "" when the client asked for none.</summary>
    public string Name { get; }

    public bool Base64 { get; }

    /// <summary>True when the error channel carries a metav1.Status JSON (v4 and later).</summary>
    public bool StatusJson { get; }

    /// <summary>True when the client may half-close a stream with <c>[255, channel]</c> (v5).</summary>
    public bool CloseSignal { get; }

    /// <summary>
    /// The first of the client's subprotocols (in its order, as wsstream's handshake) that we speak;
    /// no subprotocol offered means the plain binary one. Null when none fits.
    /// </summary>
    public static ChannelProtocol? Negotiate(IEnumerable<string> requested)
    {
        var offered = requested.SelectMany(header => header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .DefaultIfEmpty("");
        foreach (var name in offered)
        {
            if (All.FirstOrDefault(p => p.Name == name) is { } protocol)
                return protocol;
        }

        return null;
    }

    /// <summary>The names we accept, for the refusal message.</summary>
    public static IEnumerable<string> Names => All.Where(p => p.Name.Length > 0).Select(p => p.Name);

    /// <summary>One message carrying <paramref name="data"/> on <paramref name="channel"/>.</summary>
    public (byte[] Message, WebSocketMessageType Type) Encode(byte channel, ReadOnlySpan<byte> data)
    {
        if (!Base64)
        {
            var message = new byte[data.Length + 1];
            message[0] = channel;
            data.CopyTo(message.AsSpan(1));
            return (message, WebSocketMessageType.Binary);
        }

        var text = new byte[1 + System.Buffers.Text.Base64.GetMaxEncodedToUtf8Length(data.Length)];
        text[0] = (byte)('0' + channel);
        System.Buffers.Text.Base64.EncodeToUtf8(data, text.AsSpan(1), out _, out var written);
        return (text[..(1 + written)], WebSocketMessageType.Text);
    }

    /// <summary>
    /// Splits a received message into its channel and bytes; false for an empty message (ignored,
    /// as wsstream does). For v5's close signal the channel is <see cref="Close"/> and the data the closed channel.
    /// </summary>
    /// <exception cref="FormatException">A base64 message's payload is not base64.</exception>
    public bool TryDecode(ReadOnlySpan<byte> message, out byte channel, out byte[] data)
    {
        data = [];
        channel = 0;
        if (message.IsEmpty)
            return false;

        if (!Base64)
        {
            channel = message[0];
            data = message[1..].ToArray();
            return true;
        }

        channel = (byte)(message[0] - '0');
        var payload = message[1..];
        var decoded = new byte[System.Buffers.Text.Base64.GetMaxDecodedFromUtf8Length(payload.Length)];
        if (System.Buffers.Text.Base64.DecodeFromUtf8(payload, decoded, out _, out var written) != System.Buffers.OperationStatus.Done)
            throw new FormatException("a base64.channel.k8s.io message that is not base64");
        data = decoded[..written];
        return true;
    }
}
