using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

/// <summary>
/// Applies a strategic merge patch to an object the way upstream's API server does
/// (<c>StrategicMergeMapPatch</c>: parallel lists merged, unmatched nulls ignored). Field
/// strategies and merge keys come from the CLR type's <see cref="PatchMeta"/>. Inputs are not
/// modified; errors are <see cref="PatchException"/>s with upstream's text.
/// </summary>
/// <remarks>
/// Directives: <c>$patch</c> (replace/delete in maps; replace/delete in merging lists),
/// <c>$retainKeys</c>, <c>$setElementOrder/&lt;field&gt;</c>,
/// <c>$deleteFromPrimitiveList/&lt;field&gt;</c>. As upstream: fields unknown to the type are
/// kept when only the patch has them and rejected when both sides hold maps or lists under
/// them; without <c>$setElementOrder</c>, new merged elements go before the elements the patch
/// does not mention.
/// </remarks>
public static partial class StrategicMergePatch
{
    private const string DirectiveMarker = "$patch";
    private const string DeleteDirective = "delete";
    private const string ReplaceDirective = "replace";
    private const string MergeDirective = "merge";
    private const string RetainKeysStrategy = "retainKeys";
    private const string RetainKeysDirective = "$retainKeys";
    private const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
    private const string SetElementOrderPrefix = "$setElementOrder";

    /// <summary>Applies <paramref name="patch"/> to <paramref name="original"/>, typed as <paramref name="type"/> (an API type).</summary>
    public static JsonObject Apply(JsonObject original, JsonObject patch, Type type) =>
        Apply(original, patch, PatchMeta.For(type));

    public static JsonObject Apply(JsonObject original, JsonObject patch, PatchMeta schema)
    {
        if (schema.Kind != PatchMetaKind.Struct)
        {
            throw SmpErrors.Internal($"expected a struct, but received a {schema.GoKind}");
        }

        var merged = MergeMap(GoValue.FromObject(original), GoValue.FromObject(patch), schema);
        return GoValue.ToObject(merged);
    }

    /// <summary>Parses a patch body; anything but a JSON object is a 400 with Go's decoding message.</summary>
    public static JsonObject ParsePatch(ReadOnlySpan<byte> patch)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(patch);
        }
        catch (JsonException e)
        {
            throw SmpErrors.BadRequest(e.Message);
        }

        return node switch
        {
            JsonObject obj => obj,
            null => new JsonObject(),
            JsonArray => throw SmpErrors.BadRequest("json: cannot unmarshal array into Go value of type map[string]interface {}"),
            JsonValue v => throw SmpErrors.BadRequest(
                $"json: cannot unmarshal {GoJsonKind(v)} into Go value of type map[string]interface {{}}"),
            _ => throw SmpErrors.BadRequest("invalid JSON document"),
        };
    }

    private static string GoJsonKind(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "bool",
    };

    private static PatchMap MergeMap(PatchMap? original, PatchMap patch, PatchMeta schema)
    {
        if (patch.TryGetValue(DirectiveMarker, out var directive))
        {
            return ApplyMapDirective(directive, patch);
        }

        original ??= [];
        ApplyRetainKeys(original, patch);
        MergeOrderedLists(original, patch, schema);

        foreach (var (patchKey, patchValue) in patch.ToList())
        {
            var key = patchKey;
            var isDeleteList = false;
            if (patchKey.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal))
            {
                key = ExtractKey(patchKey, DeleteFromPrimitiveListPrefix);
                isDeleteList = true;
            }

            // Server-side nulls delete and are otherwise ignored (IgnoreUnmatchedNulls).
            if (patchValue is null)
            {
                original.Remove(key);
                continue;
            }

            if (!original.TryGetValue(key, out var originalValue) || !SameGoType(originalValue, patchValue))
            {
                if (!isDeleteList)
                {
                    TakePatchValue(original, key, patchValue);
                }

                continue;
            }

            switch (originalValue)
            {
                case PatchMap originalMap:
                {
                    var (subschema, field) = schema.LookupForStruct(key);
                    var strategy = ExtractRetainKeys(field).Strategy;
                    original[key] = strategy == ReplaceDirective
                        ? patchValue
                        : MergeMap(originalMap, (PatchMap)patchValue, subschema);
                    break;
                }

                case List<object?> originalList:
                {
                    var (subschema, field) = schema.LookupForSlice(key);
                    var strategy = ExtractRetainKeys(field).Strategy;
                    original[key] = MergeListField(originalList, (List<object?>)patchValue, subschema, strategy, field?.MergeKey ?? "", isDeleteList);
                    break;
                }

                default:
                    TakePatchValue(original, key, patchValue);
                    break;
            }
        }

        return original;
    }

    /// <summary>A value only the patch has: nested nulls dropped, directive-bearing maps removed (upstream removeDirectives).</summary>
    private static void TakePatchValue(PatchMap original, string key, object patchValue)
    {
        DiscardNulls(patchValue);
        var (value, keep) = RemoveDirectives(patchValue);
        if (keep)
        {
            original[key] = value;
        }
        else
        {
            original.Remove(key);
        }
    }

    private static PatchMap ApplyMapDirective(object? directive, PatchMap patch)
    {
        switch (directive)
        {
            case ReplaceDirective:
                patch.Remove(DirectiveMarker);
                return patch;
            case DeleteDirective:
                return [];
            default:
                throw SmpErrors.BadPatchType(directive, patch);
        }
    }

    private static bool SameGoType(object? left, object? right) =>
        left is not null && right is not null && left.GetType() == right.GetType();

    /// <summary>Upstream extractRetainKeysPatchStrategy: splits "merge,retainKeys" into its two parts.</summary>
    private static (bool RetainKeys, string Strategy) ExtractRetainKeys(PatchField? field)
    {
        var strategies = field?.Strategies ?? [];
        return strategies.Count switch
        {
            0 => (false, ""),
            1 => strategies[0] == RetainKeysStrategy ? (true, "") : (false, strategies[0]),
            2 when strategies[0] == RetainKeysStrategy => (true, strategies[1]),
            2 when strategies[1] == RetainKeysStrategy => (true, strategies[0]),
            _ => throw SmpErrors.Internal($"unexpected patch strategy: [{string.Join(' ', strategies)}]"),
        };
    }

    private static string ExtractKey(string key, string prefix)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || key[..slash] != prefix)
        {
            throw SmpErrors.BadRequest(prefix == SetElementOrderPrefix
                ? SmpErrors.BadPatchFormatForSetElementOrderList
                : SmpErrors.BadPatchFormatForPrimitiveList);
        }

        return key[(slash + 1)..];
    }
}
