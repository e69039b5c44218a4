using System.Text.Json.Nodes;
using Dotkube.Api.Schema;

namespace Dotkube.Api.OpenApi;

/// <summary>Builds operation objects in upstream's shape for one group/version's tag.</summary>
internal sealed class Operations(string tag)
{
    /// <summary>
    /// Media types dotkube serves. Upstream also lists protobuf (and CBOR); clients pick formats
    /// from their own configuration, not from here, so only what is really served is listed.
    /// </summary>
    public static readonly string[] ObjectMedia = ["application/json", "application/yaml"];

    public static readonly string[] ListMedia = ["application/json", "application/json;stream=watch", "application/yaml"];

    public static readonly string[] PatchMedia =
        ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"];

    public static readonly string[] AnyMedia = ["*/*"];

    public static readonly string[] TextMedia = ["application/json", "application/yaml", "text/plain"];

    public JsonObject Make(
        string action,
        string description,
        string operationId,
        GroupVersionKind gvk,
        JsonObject responses,
        JsonArray? parameters = null,
        JsonObject? requestBody = null)
    {
        var operation = new JsonObject
        {
            ["description"] = description,
            ["operationId"] = operationId,
            ["responses"] = responses,
            ["tags"] = new JsonArray(tag),
            ["x-kubernetes-action"] = action,
            ["x-kubernetes-group-version-kind"] = SchemaBuilder.Gvk(gvk),
        };
        if (parameters is { Count: > 0 })
        {
            operation["parameters"] = parameters;
        }

        if (requestBody is not null)
        {
            operation["requestBody"] = requestBody;
        }

        return operation;
    }

    /// <summary>Success codes with their content, then 401 as upstream lists on every operation.</summary>
    public static JsonObject Responses(Func<JsonObject> schema, string[] media, params string[] codes)
    {
        var responses = new JsonObject();
        foreach (var code in codes)
        {
            responses[code] = new JsonObject { ["content"] = Content(schema, media), ["description"] = Reason(code) };
        }

        responses["401"] = new JsonObject { ["description"] = "Unauthorized" };
        return responses;
    }

    public static JsonObject Body(Func<JsonObject> schema, string[] media, bool required)
    {
        var body = new JsonObject { ["content"] = Content(schema, media) };
        if (required)
        {
            body["required"] = true;
        }

        return body;
    }

    private static JsonObject Content(Func<JsonObject> schema, string[] media)
    {
        var content = new JsonObject();
        foreach (var type in media)
        {
            content[type] = new JsonObject { ["schema"] = schema() };
        }

        return content;
    }

    private static string Reason(string code) => code switch
    {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "no reason phrase"),
    };
}
