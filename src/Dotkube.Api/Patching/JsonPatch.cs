using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

/// <summary>
/// JSON patch (RFC 6902) as upstream applies it (evanphx/json-patch v4, which the API server
/// uses): the same operations, pointer rules (including negative array indices) and error
/// texts. Application is atomic: the input is never modified and a failure leaves nothing half
/// applied. Numbers in <c>test</c> compare by value.
/// </summary>
public static partial class JsonPatch
{
    /// <summary>Upstream's maxJSONPatchOperations in the apiserver's patch handler.</summary>
    public const int MaxOperations = 10000;

    /// <summary>Parses and applies a patch body; see <see cref="Parse"/> and <see cref="Apply(JsonNode, JsonArray)"/>.</summary>
    public static JsonNode Apply(JsonNode document, ReadOnlySpan<byte> patch) => Apply(document, Parse(patch));

    /// <summary>
    /// Parses a patch body: it must be an array of objects (400 otherwise, with Go's decoding
    /// message) of at most <see cref="MaxOperations"/> operations (413 otherwise).
    /// </summary>
    public static JsonArray Parse(ReadOnlySpan<byte> patch)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(patch);
        }
        catch (JsonException e)
        {
            throw new PatchException(PatchErrorKind.BadRequest, e.Message);
        }

        var operations = node switch
        {
            JsonArray array => array,
            null => [],
            _ => throw new PatchException(PatchErrorKind.BadRequest,
                $"json: cannot unmarshal {GoJsonKind(node)} into Go value of type jsonpatch.Patch"),
        };
        foreach (var op in operations)
        {
            if (op is not null and not JsonObject)
            {
                throw new PatchException(PatchErrorKind.BadRequest,
                    $"json: cannot unmarshal {GoJsonKind(op)} into Go value of type jsonpatch.Operation");
            }
        }

        CheckCount(operations.Count);
        return operations;
    }

    /// <summary>Applies the operations in order to a copy of <paramref name="document"/> and returns it.</summary>
    public static JsonNode Apply(JsonNode document, JsonArray operations)
    {
        CheckCount(operations.Count);
        var state = new State(document.DeepClone());
        foreach (var op in operations)
        {
            var operation = op as JsonObject ?? [];
            var kind = StringField(operation, "op", out _) ?? "unknown";
            switch (kind)
            {
                case "add":
                    state.Add(operation);
                    break;
                case "remove":
                    state.Remove(operation);
                    break;
                case "replace":
                    state.Replace(operation);
                    break;
                case "move":
                    state.Move(operation);
                    break;
                case "test":
                    state.Test(operation);
                    break;
                case "copy":
                    state.Copy(operation);
                    break;
                default:
                    throw Failed($"Unexpected kind: {kind}");
            }
        }

        return state.Root;
    }

    private static void CheckCount(int count)
    {
        if (count > MaxOperations)
        {
            throw new PatchException(PatchErrorKind.RequestEntityTooLarge,
                $"The allowed maximum operations in a JSON patch is {MaxOperations}, got {count}");
        }
    }

    private static PatchException Failed(string message) => new(PatchErrorKind.Unprocessable, message);

    private static string GoJsonKind(JsonNode node) => node switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            _ => "bool",
        },
        _ => "value",
    };

    /// <summary>
    /// Reads a string member the way upstream's Operation.Path/From do: absent or null is
    /// "missing"; another type is Go's unmarshal error.
    /// </summary>
    private static string? StringField(JsonObject operation, string name, out string? error)
    {
        error = null;
        if (!operation.TryGetPropertyValue(name, out var value) || value is null)
        {
            error = name == "from" ? "operation, missing from field: missing value" : "operation missing path field: missing value";
            return null;
        }

        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        error = $"json: cannot unmarshal {GoJsonKind(value)} into Go value of type string";
        return null;
    }
}
