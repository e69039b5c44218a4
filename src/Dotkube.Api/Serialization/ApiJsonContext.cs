using System.Text.Json;
using System.Text.Json.Serialization;
using Dotkube.Api.Meta;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Source-generated JSON metadata for every root type of the API. Every kind and its
/// <c>KubeList&lt;T&gt;</c> must be listed here (the Scheme checks at start-up); nested types
/// come along automatically. Kinds that share a name across groups get a TypeInfoPropertyName.
/// Options: camelCase names as upstream, absent (null) fields omitted, times as RFC 3339.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(TimeConverter)],
    MaxDepth = KubeJson.MaxDepth)]
// meta.k8s.io
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(DeleteOptions))]
[JsonSerializable(typeof(WatchEvent))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(PartialObjectMetadata))]
[JsonSerializable(typeof(KubeList<PartialObjectMetadata>), TypeInfoPropertyName = "PartialObjectMetadataList")]
[JsonSerializable(typeof(APIResourceList))]
[JsonSerializable(typeof(APIGroupList))]
[JsonSerializable(typeof(APIGroup))]
[JsonSerializable(typeof(APIVersions))]
[JsonSerializable(typeof(Condition))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
