using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Meta;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Serialization;

/// <summary>Encoding and decoding of API objects as JSON, through the source-generated metadata only.</summary>
public static class KubeJson
{
    /// <summary>
    /// Deepest nesting accepted in a document. Upstream decoders allow deep documents (CRD
    /// schemas nest), but unbounded depth is a stack-exhaustion attack; 256 covers real schemas.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The generated metadata bound to options that escape like Go's encoding/json does where it
    /// matters to readers: quotes as \" and '+' or non-ASCII text as themselves, not \u0022 and
    /// \u002B. One difference remains: Go also writes &lt; &gt; &amp; as \u003c \u003e \u0026 and
    /// the relaxed encoder writes them as they are; both parse to the same strings.
    /// </summary>
    private static readonly ApiJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new TimeConverter() },
        MaxDepth = MaxDepth,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonSerializerOptions Options => Context.Options;

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    public static byte[] Serialize(object value, Type type) =>
        JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo(type));

    public static T Deserialize<T>(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, TypeInfo<T>()) ?? throw new JsonException("document is null");

    public static object Deserialize(ReadOnlySpan<byte> json, Type type) =>
        JsonSerializer.Deserialize(json, TypeInfo(type)) ?? throw new JsonException("document is null");

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)TypeInfo(typeof(T));

    public static JsonTypeInfo TypeInfo(Type type) =>
        Context.GetTypeInfo(type)
        ?? throw new NotSupportedException($"{type.FullName} is not in ApiJsonContext");

    /// <summary>Serializes a kind or body type with apiVersion and kind filled in from the scheme.</summary>
    public static byte[] SerializeObject(TypeMeta obj)
    {
        Scheme.Default.SetTypeMeta(obj);
        return Serialize(obj, obj.GetType());
    }
}
