using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Dotkube.Api.OpenApi;

namespace Dotkube.Api.Tests.OpenApi;

/// <summary>The default documents, parsed once per test run.</summary>
internal static class Documents
{
    private static readonly ConcurrentDictionary<string, JsonObject> Parsed = new();

    public static JsonObject Get(string groupVersion) =>
        Parsed.GetOrAdd(groupVersion, gv => JsonNode.Parse(OpenApiDocuments.Default.Get(gv))!.AsObject());

    public static JsonObject Schema(string groupVersion, string name) =>
        Get(groupVersion)["components"]!["schemas"]![name]?.AsObject()
        ?? throw new Xunit.Sdk.XunitException($"{groupVersion} has no schema {name}");

    public static JsonObject Property(string groupVersion, string schema, string property) =>
        Schema(groupVersion, schema)["properties"]![property]?.AsObject()
        ?? throw new Xunit.Sdk.XunitException($"{schema} has no property {property}");

    public static string[] Required(string groupVersion, string schema) =>
        Schema(groupVersion, schema)["required"]?.AsArray().Select(n => (string)n!).ToArray() ?? [];

    /// <summary>The $ref of a property, whether plain or wrapped in allOf as upstream writes it.</summary>
    public static string? Ref(JsonObject schema) =>
        (string?)schema["$ref"] ?? (string?)schema["allOf"]?[0]?["$ref"];

    public static IEnumerable<JsonObject> Operations(string groupVersion) =>
        Get(groupVersion)["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject())
            .Where(m => m.Key != "parameters")
            .Select(m => m.Value!.AsObject());

    public static JsonObject Operation(string groupVersion, string operationId) =>
        Operations(groupVersion).SingleOrDefault(o => (string?)o["operationId"] == operationId)
        ?? throw new Xunit.Sdk.XunitException($"{groupVersion} has no operation {operationId}");
}
