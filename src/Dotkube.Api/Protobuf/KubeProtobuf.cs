using System.Buffers;
using System.Text.Json;
using Dotkube.Api.Schema;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Protobuf;

/// <summary>
/// Reads Kubernetes protobuf bodies (<c>application/vnd.kubernetes.protobuf</c>, which
/// client-go's typed clients and so kubectl's create commands send) by converting them to the
/// JSON the same object has, so they take the ordinary JSON decoding path.
/// <para>
/// The envelope is 4 magic bytes <c>"k8s\0"</c> and then a runtime.Unknown message:
/// typeMeta (1: apiVersion 1, kind 2), raw (2: the object's own message, e.g.
/// k8s.io.api.core.v1.Namespace), contentEncoding (3) and contentType (4). The messages are
/// go-to-protobuf's, with field numbers from ProtoSchema.g.cs (see generate.py). Go maps are
/// repeated key/value entries, []byte becomes base64, metav1.Time an RFC 3339 string,
/// Quantity and IntOrString their usual JSON, RawExtension its embedded JSON.
/// </para>
/// <para>Only decoding: responses stay JSON, which every client accepts.</para>
/// </summary>
public static class KubeProtobuf
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    /// <summary>Whether a body starts with the "k8s\0" magic.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> body) => body.StartsWith(ProtoEnvelope.Magic);

    /// <summary>
    /// Converts a protobuf body to JSON. <paramref name="defaults"/> (the kind the URL names)
    /// fills an envelope that leaves apiVersion or kind empty, as upstream's decoder does.
    /// </summary>
    /// <exception cref="DecodeException">Bad magic, truncated or malformed data, an unknown kind, or nesting too deep.</exception>
    public static ProtobufBody ToJson(ReadOnlySpan<byte> body, GroupVersionKind? defaults = null)
    {
        var envelope = ProtoEnvelope.Read(body);
        var (apiVersion, kind) = (envelope.ApiVersion, envelope.Kind);
        if (defaults is { } d)
        {
            kind = kind.Length == 0 ? d.Kind : kind;
            apiVersion = apiVersion.Length == 0 ? d.ApiVersion : apiVersion;
        }

        if (kind.Length == 0)
        {
            throw new DecodeException($"Object 'Kind' is missing in '{TypeMetaText(envelope)}'");
        }

        if (apiVersion.Length == 0)
        {
            throw new DecodeException($"Object 'apiVersion' is missing in '{TypeMetaText(envelope)}'");
        }

        var message = ProtoSchema.FindKind(apiVersion, kind) ?? throw new DecodeException(NotRegistered(apiVersion, kind));
        // JSON is usually under twice the protobuf size (names replace field numbers).
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, body.Length * 2));
        using (var json = new Utf8JsonWriter(buffer))
        {
            new ProtoJsonWriter(json).WriteObject(message, apiVersion, kind, envelope.Raw);
        }

        return new ProtobufBody(buffer.WrittenSpan.ToArray(), apiVersion, kind);
    }

    /// <summary>
    /// Converts and decodes in one step: <see cref="ToJson"/>, then <see cref="KubeDecoder.Decode"/>
    /// with the same <paramref name="validation"/> and <paramref name="into"/>.
    /// </summary>
    public static DecodedObject Decode(ReadOnlySpan<byte> body, FieldValidation validation = FieldValidation.Ignore, ResourceInfo? into = null)
    {
        var converted = ToJson(body, into?.Gvk);
        return KubeDecoder.Decode(converted.Json, validation, into);
    }

    internal static string NotRegistered(string apiVersion, string kind) =>
        $"no kind \"{kind}\" is registered for version \"{apiVersion}\" in scheme \"{KubeDecoder.SchemeName}\"";

    /// <summary>Upstream prints the envelope's TypeMeta with %#v.</summary>
    private static string TypeMetaText(ProtoEnvelope envelope) =>
        $"runtime.TypeMeta{{APIVersion:\"{envelope.ApiVersion}\", Kind:\"{envelope.Kind}\"}}";
}
