using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

/// <summary>
/// JSON merge patch (RFC 7386) as upstream applies it (evanphx/json-patch <c>MergePatch</c>):
/// null deletes, objects merge recursively, everything else (arrays included) replaces.
/// Inputs are not modified.
/// </summary>
public static class JsonMergePatch
{
    /// <summary>Upstream's ErrBadJSONPatch text; the server answers 400 with it.</summary>
    public const string InvalidPatchMessage = "Invalid JSON Patch";

    /// <summary>Upstream's ErrBadJSONDoc text.</summary>
    public const string InvalidDocumentMessage = "Invalid JSON Document";

    /// <summary>Applies a merge patch body to a document body.</summary>
    public static JsonNode? Apply(ReadOnlySpan<byte> document, ReadOnlySpan<byte> patch)
    {
        var doc = Parse(document, InvalidDocumentMessage)
            ?? throw new PatchException(PatchErrorKind.BadRequest, InvalidDocumentMessage);
        var p = Parse(patch, InvalidPatchMessage);
        return Apply(doc, p);
    }

    /// <summary>
    /// Applies <paramref name="patch"/> to <paramref name="document"/>. A null patch is rejected
    /// as upstream; a non-object patch becomes the result (arrays with nulls pruned from the
    /// objects inside them), and a scalar patch is rejected, as upstream's decoder does.
    /// </summary>
    public static JsonNode? Apply(JsonNode? document, JsonNode? patch)
    {
        switch (patch)
        {
            case null:
                throw new PatchException(PatchErrorKind.BadRequest, InvalidPatchMessage);
            case JsonObject patchObject when document is JsonObject docObject:
            {
                var result = (JsonObject)docObject.DeepClone();
                MergeInto(result, patchObject);
                return result;
            }

            case JsonObject patchObject:
            {
                // A document that is not an object is simply replaced by the patch.
                var result = (JsonObject)patchObject.DeepClone();
                PruneNulls(result);
                return result;
            }

            case JsonArray patchArray:
            {
                var result = (JsonArray)patchArray.DeepClone();
                PruneNulls(result);
                return result;
            }

            default:
                throw new PatchException(PatchErrorKind.BadRequest, InvalidPatchMessage);
        }
    }

    private static void MergeInto(JsonObject target, JsonObject patch)
    {
        foreach (var (key, patchValue) in patch)
        {
            if (patchValue is null)
            {
                target.Remove(key);
                continue;
            }

            if (!target.TryGetPropertyValue(key, out var current) || current is null)
            {
                var added = patchValue.DeepClone();
                PruneNulls(added);
                target[key] = added;
            }
            else if (current is JsonObject currentObject && patchValue is JsonObject patchObject)
            {
                MergeInto(currentObject, patchObject);
            }
            else
            {
                // Upstream prunes nulls only when the current value is not an object.
                var replacement = patchValue.DeepClone();
                if (current is not JsonObject)
                {
                    PruneNulls(replacement);
                }

                target[key] = replacement;
            }
        }
    }

    /// <summary>Removes null members from objects, recursively through arrays; nulls inside arrays stay.</summary>
    private static void PruneNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is null)
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        PruneNulls(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    PruneNulls(item);
                }

                break;
        }
    }

    private static JsonNode? Parse(ReadOnlySpan<byte> json, string message)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            throw new PatchException(PatchErrorKind.BadRequest, message);
        }
    }
}
