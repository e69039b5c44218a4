using System.Text.Json;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Upstream's SimpleMetaFactory.Interpret: checks the whole document is valid JSON and reads
/// the top-level apiVersion and kind. As there (encoding/json into an anonymous struct), key
/// matching ignores case, a later key wins, null is no value, and other non-strings are errors.
/// </summary>
internal static class TypeMetaReader
{
    private const string GoStruct =
        "struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; Kind string \"json:\\\"kind,omitempty\\\"\" }";

    private const string Prefix = "couldn't get version/kind; json parse error: ";

    public static (string ApiVersion, string Kind) Read(ReadOnlySpan<byte> json)
    {
        string? typeError = null;
        string apiVersion = "", kind = "";
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = KubeJson.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new DecodeException(Prefix + "unexpected end of JSON input");
            }

            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.Null))
            {
                typeError = $"json: cannot unmarshal {JsonErrors.GoValueName(reader.TokenType)} into Go value of type {GoStruct}";
            }

            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                var isVersion = string.Equals(reader.GetString(), "apiVersion", StringComparison.OrdinalIgnoreCase);
                var isKind = !isVersion && string.Equals(reader.GetString(), "kind", StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (!isVersion && !isKind)
                {
                    continue;
                }

                if (reader.TokenType == JsonTokenType.String)
                {
                    if (isVersion)
                    {
                        apiVersion = reader.GetString()!;
                    }
                    else
                    {
                        kind = reader.GetString()!;
                    }
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    typeError ??= $"json: cannot unmarshal {JsonErrors.GoValueName(reader.TokenType)} into Go struct field .{(isVersion ? "apiVersion" : "kind")} of type string";
                }
            }
        }
        catch (JsonException e)
        {
            throw new DecodeException(Prefix + JsonErrors.Syntax(e));
        }

        if (typeError is not null)
        {
            throw new DecodeException(Prefix + typeError);
        }

        return (apiVersion, kind);
    }
}
