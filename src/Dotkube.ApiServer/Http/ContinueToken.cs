using System.Text;
using System.Text.Json;
using Dotkube.ApiServer.Errors;

namespace Dotkube.ApiServer.Http;

/// <summary>
/// List continuation tokens in upstream's format: base64 of
/// <c>{"v":"meta.k8s.io/v1","rv":N,"start":"key\u0000"}</c>, where start is the next key relative
/// to the list prefix (the last returned key plus a NUL byte).
/// </summary>
public static class ContinueToken
{
    public const string ExpiredMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

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

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The revision and the relative key to continue after; malformed tokens are 400 as upstream.</summary>
    public static (long Revision, string StartAfter) Decode(string token)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded = padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)));
            var root = doc.RootElement;
            if (root.GetProperty("v").GetString() != "meta.k8s.io/v1")
            {
                throw ApiErrors.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }

            var revision = root.GetProperty("rv").GetInt64();
            var start = root.GetProperty("start").GetString() ?? "";
            if (revision <= 0 || start.Contains("..", StringComparison.Ordinal) || start.StartsWith('/'))
            {
                throw ApiErrors.BadRequest("continue key is not valid: invalid start or resourceVersion");
            }

            return (revision, start.TrimEnd('\0'));
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw ApiErrors.BadRequest($"continue key is not valid: {e.Message}");
        }
    }
}
