namespace Dotkube.ApiServer.Http;

/// <summary>What a response should be: the Accept header's first form we can serve.</summary>
public enum ResponseForm
{
    Json,
    Yaml,
    Table,
    PartialObjectMetadata,
}

/// <summary>Content negotiation as the apiserver does it for the media types dotkube serves.</summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string Yaml = "application/yaml";
    public const string Protobuf = "application/vnd.kubernetes.protobuf";
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch+yaml";

    public static readonly string[] PatchTypes = [JsonPatch, MergePatch, StrategicMergePatch, ApplyPatch];

    /// <summary>
    /// The first Accept entry we can serve, in the client's order (kubectl lists Table first, then
    /// plain JSON as the fallback). Null when nothing acceptable is listed (406).
    /// </summary>
    public static ResponseForm? Negotiate(string? accept, bool allowTable)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ResponseForm.Json;
        }

        foreach (var entry in accept.Split(','))
        {
            var parts = entry.Split(';');
            var type = parts[0].Trim().ToLowerInvariant();
            var parameters = parts.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
            if (type is not (Json or Yaml or "*/*" or "application/*"))
            {
                continue;
            }

            if (parameters.TryGetValue("as", out var asKind))
            {
                var metaV1 = parameters.GetValueOrDefault("g") == "meta.k8s.io" && parameters.GetValueOrDefault("v") == "v1";
                if (type == Json && metaV1 && asKind == "Table" && allowTable)
                {
                    return ResponseForm.Table;
                }

                if (type == Json && metaV1 && asKind is "PartialObjectMetadata" or "PartialObjectMetadataList")
                {
                    return ResponseForm.PartialObjectMetadata;
                }

                continue;
            }

            return type == Yaml ? ResponseForm.Yaml : ResponseForm.Json;
        }

        return null;
    }

    /// <summary>The media type without parameters, lower-cased ("" when absent).</summary>
    public static string BaseType(string? contentType) =>
        contentType is null ? "" : contentType.Split(';')[0].Trim().ToLowerInvariant();
}
