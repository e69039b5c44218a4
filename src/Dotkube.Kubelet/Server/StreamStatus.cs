using System.Text;
using System.Text.Json;

namespace Dotkube.Kubelet.Server;

/// <summary>
/// What the error channel says when an exec or attach ends, as the kubelet's remotecommand writes
/// it: a metav1.Status JSON for v4 and later (Success; Failure with reason NonZeroExitCode and an
/// ExitCode cause carrying the code, which kubectl exits with; or an InternalError), and for
/// earlier protocols only a failure's message text.
/// </summary>
public sealed record StreamStatus(bool Success, string Message = "", string Reason = "", int? ExitCode = null, int Code = 0)
{
    public static StreamStatus Succeeded { get; } = new(true);

    /// <summary>A command that exited with <paramref name="exitCode"/>; <paramref name="detail"/> is the runtime's error text.</summary>
    public static StreamStatus NonZeroExit(int exitCode, string detail) =>
        new(false, $"command terminated with non-zero exit code: {detail}", "NonZeroExitCode", exitCode);

    /// <summary>Like apierrors.NewInternalError.</summary>
    public static StreamStatus Internal(string error) => new(false, $"Internal error occurred: {error}", "InternalError", Code: 500)
    {
        Cause = error,
    };

    private string? Cause { get; init; }

    /// <summary>The error channel's bytes for <paramref name="protocol"/>; null when nothing is written (a success before v4).</summary>
    public byte[]? Encode(ChannelProtocol protocol) =>
        protocol.StatusJson ? Json() : Success ? null : Encoding.UTF8.GetBytes(Message);

    /// <summary>Go's json.Marshal of a metav1.Status, field order included.</summary>
    private byte[] Json()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("metadata");
            json.WriteEndObject();
            json.WriteString("status", Success ? "Success" : "Failure");
            if (Message.Length > 0)
                json.WriteString("message", Message);
            if (Reason.Length > 0)
                json.WriteString("reason", Reason);
            if (ExitCode is not null || Cause is not null)
            {
                json.WriteStartObject("details");
                json.WriteStartArray("causes");
                json.WriteStartObject();
                if (ExitCode is { } code)
                {
                    json.WriteString("reason", "ExitCode");
                    json.WriteString("message", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteString("message", Cause);
                }

                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (Code != 0)
                json.WriteNumber("code", Code);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
