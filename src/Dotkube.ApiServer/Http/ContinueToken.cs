using System.Text;
using System.Text.Json;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// List continuation tokens in upstream's format: unpadded base64url of
/// <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"}</c>, where start is the next key relative
/// to the list prefix (the last returned key plus a NUL byte). Tokens that do not decode are 400
/// with storage.DecodeContinue's text behind the etcd3 store's "invalid continue token: ".
/// </summary>
public static class ContinueToken
{
    public const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    private const string Invalid = "invalid continue token: continue key is not valid";

    public static string Encode(long revision, string lastKeyRelative)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("v", "meta.k8s.io/v1");
            writer.WriteNumber("rv", revision);
            writer.WriteString("start", lastKeyRelative + "\0");
            writer.WriteEndObject();
        }

        // base64.RawURLEncoding, as upstream's EncodeContinue.
        return Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// The revision and the relative key to continue after. Padded and standard base64 are read
    /// too (tokens from older dotkube servers).
    /// </summary>
    public static (long Revision, string StartAfter) Decode(string token)
    {
        string version, start;
        long revision;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded = padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)));
            var root = doc.RootElement;
            version = root.TryGetProperty("v", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            revision = root.TryGetProperty("rv", out var rv) && rv.ValueKind == JsonValueKind.Number ? rv.GetInt64() : 0;
            start = root.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw ApiErrors.BadRequest($"{Invalid}: {e.Message}");
        }

        if (version != "meta.k8s.io/v1")
        {
            throw ApiErrors.BadRequest($"{Invalid} server does not recognize this encoded version \"{version}\"");
        }

        if (revision <= 0)
        {
            throw ApiErrors.BadRequest($"{Invalid}: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }

        if (start.Length == 0)
        {
            throw ApiErrors.BadRequest($"{Invalid}: encoded start key empty");
        }

        // As upstream: the key, rooted, must be what path.Clean makes of it, so a token cannot
        // walk above the list's prefix.
        var rooted = start.StartsWith('/') ? start : "/" + start;
        if (!IsClean(rooted))
        {
            throw ApiErrors.BadRequest($"{Invalid}: {start}");
        }

        return (revision, rooted[1..].TrimEnd('\0'));
    }

    /// <summary>Whether path.Clean leaves a rooted path unchanged: no empty, "." or ".." segments and no trailing slash.</summary>
    private static bool IsClean(string rooted) =>
        rooted == "/" || rooted[1..].Split('/').All(segment => segment is not ("" or "." or ".."));
}
