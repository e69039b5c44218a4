using System.Text.Json;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// patch.go's first reading of a JSON patch when fieldValidation is Warn (the default) or
/// Strict: kjson.UnmarshalStrict into []jsonPatchOp{Op, Path, From string; Value any}, whose
/// type errors are 400 "error decoding patch: ..." before the patch library sees the body.
/// Syntax errors and non-list bodies are left to the library, which rejects them with 400 too.
/// </summary>
public static class JsonPatchOperations
{
    private static readonly string[] StringFields = ["op", "path", "from"];

    public static void CheckFieldTypes(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            foreach (var operation in document.RootElement.EnumerateArray())
            {
                if (operation.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                // sigs.k8s.io/json matches field names case-sensitively.
                foreach (var property in operation.EnumerateObject())
                {
                    if (StringFields.Contains(property.Name, StringComparer.Ordinal)
                        && property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        throw ApiErrors.BadRequest(
                            $"error decoding patch: json: cannot unmarshal {GoKind(property.Value.ValueKind)} into Go struct field jsonPatchOp.{property.Name} of type string");
                    }
                }
            }
        }
    }

    private static string GoKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.Array => "array",
        _ => "object",
    };
}
