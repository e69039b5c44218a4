using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Serialization;

namespace Dotkube.Api.Patching;

/// <summary>
/// Strategic merge patch metadata of a CLR type, read from the source-generated JSON metadata
/// and the <c>[PatchStrategy]</c>/<c>[PatchMergeKey]</c> attributes. Plays the role of
/// upstream's <c>PatchMetaFromStruct</c>. Instances are cached per (options, type) and resolve
/// their fields lazily, so recursive types (JSON schemas) are fine.
/// </summary>
public sealed partial class PatchMeta
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, ConcurrentDictionary<Type, PatchMeta>> Cache = new();

    private readonly JsonSerializerOptions _options;
    private readonly Lazy<IReadOnlyDictionary<string, PatchField>> _fields;
    private readonly Lazy<PatchMeta?> _element;

    private PatchMeta(Type type, JsonSerializerOptions options)
    {
        ClrType = type;
        _options = options;
        Kind = Classify(type, options, out var elementType);
        _fields = new Lazy<IReadOnlyDictionary<string, PatchField>>(ReadFields);
        _element = new Lazy<PatchMeta?>(() => elementType is null ? null : For(elementType, options));
    }

    public Type ClrType { get; }

    public PatchMetaKind Kind { get; }

    /// <summary>The list element or dictionary value metadata; null for other kinds.</summary>
    public PatchMeta? Element => _element.Value;

    /// <summary>Fields by JSON name (structs only; empty otherwise).</summary>
    public IReadOnlyDictionary<string, PatchField> Fields => _fields.Value;

    /// <summary>Metadata of an API type, through <see cref="ApiJsonContext"/>.</summary>
    public static PatchMeta For(Type type) => For(type, KubeJson.Options);

    /// <summary>Metadata of a type known to <paramref name="options"/>' resolver (tests bring their own context).</summary>
    public static PatchMeta For(Type type, JsonSerializerOptions options) =>
        Cache.GetOrCreateValue(options).GetOrAdd(type, t => new PatchMeta(t, options));

    public static PatchMeta For(JsonTypeInfo typeInfo) => For(typeInfo.Type, typeInfo.Options);

    /// <summary>
    /// The field with this JSON name: exact match first, then case-insensitive, as Go's
    /// encoding/json matches field names. Null when the type has no such field.
    /// </summary>
    public PatchField? FindField(string jsonName)
    {
        if (Fields.TryGetValue(jsonName, out var field))
        {
            return field;
        }

        foreach (var (name, candidate) in Fields)
        {
            if (string.Equals(name, jsonName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    public override string ToString() => $"{Kind} {ClrType.Name}";

    private static PatchMetaKind Classify(Type type, JsonSerializerOptions options, out Type? elementType)
    {
        elementType = null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(JsonElement) || underlying == typeof(object) || typeof(JsonNode).IsAssignableFrom(underlying))
        {
            return PatchMetaKind.FreeForm;
        }

        if (underlying == typeof(byte[]))
        {
            return PatchMetaKind.Scalar;
        }

        var info = options.GetTypeInfo(underlying);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                return PatchMetaKind.Struct;
            case JsonTypeInfoKind.Enumerable:
                elementType = info.ElementType;
                return PatchMetaKind.List;
            case JsonTypeInfoKind.Dictionary:
                elementType = info.ElementType;
                return PatchMetaKind.Map;
            default:
                return PatchMetaKind.Scalar;
        }
    }
}
