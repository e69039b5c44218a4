using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Dotkube.Api.Schema;

namespace Dotkube.Api.Patching;

public sealed partial class PatchMeta
{
    private IReadOnlyDictionary<string, PatchField> ReadFields()
    {
        var fields = new Dictionary<string, PatchField>(StringComparer.Ordinal);
        if (Kind != PatchMetaKind.Struct)
        {
            return fields;
        }

        var info = _options.GetTypeInfo(Nullable.GetUnderlyingType(ClrType) ?? ClrType);
        foreach (var property in info.Properties)
        {
            var member = property.AttributeProvider as MemberInfo ?? FindMember(property);
            var strategy = member?.GetCustomAttribute<PatchStrategyAttribute>()?.Strategy;
            var mergeKey = member?.GetCustomAttribute<PatchMergeKeyAttribute>()?.Key;
            fields[property.Name] = new PatchField(property.Name, strategy, mergeKey, For(property.PropertyType, _options));
        }

        return fields;
    }

    // Source-generated metadata may not carry the attribute provider; fall back to the CLR
    // property whose JSON name (explicit or by the naming policy) is the same.
    private PropertyInfo? FindMember(JsonPropertyInfo property)
    {
        foreach (var candidate in ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = candidate.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? _options.PropertyNamingPolicy?.ConvertName(candidate.Name)
                ?? candidate.Name;
            if (name == property.Name)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Go's reflect kind of this type, which upstream prints in some errors.</summary>
    internal string GoKind => Kind switch
    {
        PatchMetaKind.Struct => "struct",
        PatchMetaKind.Map => "map",
        PatchMetaKind.List => "slice",
        PatchMetaKind.FreeForm => "interface",
        _ => (Nullable.GetUnderlyingType(ClrType) ?? ClrType) switch
        {
            var t when t == typeof(string) => "string",
            var t when t == typeof(bool) => "bool",
            var t when t == typeof(int) => "int32",
            var t when t == typeof(long) => "int64",
            var t when t == typeof(double) => "float64",
            var t when t == typeof(byte[]) => "slice",
            _ => "struct",
        },
    };

    /// <summary>
    /// Upstream's LookupPatchMetadataForStruct: the value metadata and tags of a field of a
    /// struct, or the value type of a map. Free-form values have no schema and no tags.
    /// </summary>
    internal (PatchMeta Schema, PatchField? Field) LookupForStruct(string key)
    {
        switch (Kind)
        {
            case PatchMetaKind.FreeForm:
                return (this, null);
            case PatchMetaKind.Map:
                return (Element!, null);
            case PatchMetaKind.Struct:
                var field = FindField(key)
                    ?? throw SmpErrors.Internal($"unable to find api field in struct {ClrType.Name} for the json field \"{key}\"");
                return (field.Value, field);
            default:
                if (GoKind == "struct")
                {
                    throw SmpErrors.Internal($"unable to find api field in struct {ClrType.Name} for the json field \"{key}\"");
                }

                throw SmpErrors.Internal($"merging an object in json but data type is not map or struct, instead is: {GoKind}");
        }
    }

    /// <summary>Upstream's LookupPatchMetadataForSlice: like a struct lookup, then the list's element metadata.</summary>
    internal (PatchMeta Schema, PatchField? Field) LookupForSlice(string key)
    {
        var (schema, field) = LookupForStruct(key);
        return schema.Kind switch
        {
            PatchMetaKind.FreeForm => (schema, field),
            PatchMetaKind.List when schema.Element!.Kind == PatchMetaKind.List =>
                throw SmpErrors.Internal("unexpected slice of slice"),
            PatchMetaKind.List => (schema.Element!, field),
            _ => throw SmpErrors.Internal($"expected slice or array type, but got: {GoKind}"),
        };
    }
}
