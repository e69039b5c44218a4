using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.ApiServer.Tests.BadInput;

/// <summary>
/// Sends a case's bytes exactly as generated: the content type unvalidated (malformed ones
/// are part of the test) or absent, and a wrongly accepted watch is not read past its headers.
/// </summary>
public static class CaseSender
{
    public static async Task<Answer> SendAsync(HttpClient client, BadInputCase c)
    {
        using var request = new HttpRequestMessage(c.Method, c.Path);
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            }
        }

        if (c.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", c.Accept);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var code = (int)response.StatusCode;
        if (c.IsWatch && code == 200)
        {
            return new Answer(code, "(a watch stream)");
        }

        return new Answer(code, await response.Content.ReadAsStringAsync());
    }

    /// <summary>An HTTP answer; <see cref="Status"/> is the body when it is a JSON object.</summary>
    public sealed record Answer(int Code, string Body)
    {
        public JsonObject? Status
        {
            get
            {
                try
                {
                    return JsonNode.Parse(Body) as JsonObject;
                }
                catch (JsonException)
                {
                    return null;
                }
            }
        }

        public string? Field(string name) => Status?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        public override string ToString()
        {
            var message = Field("message");
            var shown = message is null ? Body : message;
            return $"{Code} {Field("reason") ?? "(no reason)"}: {(shown.Length > 600 ? shown[..600] + "..." : shown)}";
        }
    }
}
