using System.Text.Json;
using System.Text.Json.Serialization;
using Dotkube.Api.Schema;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions/v1 JSONSchemaProps: a JSON Schema draft 4 node with OpenAPI v3 and Kubernetes
/// extensions. Free-form values (default, example, enum items) stay raw JSON.
/// </summary>
public sealed class JSONSchemaProps
{
    public string? Id { get; set; }

    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonPropertyName("$ref")]
    public string? Ref { get; set; }

    public string? Description { get; set; }

    public string? Type { get; set; }

    /// <summary>Unknown formats are ignored; known ones (uri, email, cidr, uuid, date-time, ...) are validated.</summary>
    public string? Format { get; set; }

    public string? Title { get; set; }

    /// <summary>Applied to absent fields when the CRD does not preserve unknown fields.</summary>
    public JsonElement? Default { get; set; }

    public double? Maximum { get; set; }

    public bool? ExclusiveMaximum { get; set; }

    public double? Minimum { get; set; }

    public bool? ExclusiveMinimum { get; set; }

    public long? MaxLength { get; set; }

    public long? MinLength { get; set; }

    public string? Pattern { get; set; }

    public long? MaxItems { get; set; }

    public long? MinItems { get; set; }

    public bool? UniqueItems { get; set; }

    public double? MultipleOf { get; set; }

    public List<JsonElement>? Enum { get; set; }

    public long? MaxProperties { get; set; }

    public long? MinProperties { get; set; }

    public List<string>? Required { get; set; }

    public JSONSchemaPropsOrArray? Items { get; set; }

    public List<JSONSchemaProps>? AllOf { get; set; }

    public List<JSONSchemaProps>? OneOf { get; set; }

    public List<JSONSchemaProps>? AnyOf { get; set; }

    public JSONSchemaProps? Not { get; set; }

    public Dictionary<string, JSONSchemaProps>? Properties { get; set; }

    public JSONSchemaPropsOrBool? AdditionalProperties { get; set; }

    public Dictionary<string, JSONSchemaProps>? PatternProperties { get; set; }

    public Dictionary<string, JSONSchemaPropsOrStringArray>? Dependencies { get; set; }

    public JSONSchemaPropsOrBool? AdditionalItems { get; set; }

    public Dictionary<string, JSONSchemaProps>? Definitions { get; set; }

    public ExternalDocumentation? ExternalDocs { get; set; }

    public JsonElement? Example { get; set; }

    public bool? Nullable { get; set; }

    /// <summary>Stops pruning below this node until nested properties or additionalProperties resume it; only true is allowed.</summary>
    [JsonPropertyName("x-kubernetes-preserve-unknown-fields")]
    public bool? XPreserveUnknownFields { get; set; }

    /// <summary>The value is an embedded object with apiVersion, kind and metadata, validated as such.</summary>
    [JsonPropertyName("x-kubernetes-embedded-resource")]
    public bool? XEmbeddedResource { get; set; }

    [JsonPropertyName("x-kubernetes-int-or-string")]
    public bool? XIntOrString { get; set; }

    /// <summary>The key fields of a list with x-kubernetes-list-type "map".</summary>
    [JsonPropertyName("x-kubernetes-list-map-keys")]
    public List<string>? XListMapKeys { get; set; }

    /// <summary>"atomic" (default), "set" or "map".</summary>
    [JsonPropertyName("x-kubernetes-list-type")]
    public string? XListType { get; set; }

    /// <summary>"granular" (default) or "atomic".</summary>
    [JsonPropertyName("x-kubernetes-map-type")]
    public string? XMapType { get; set; }

    [JsonPropertyName("x-kubernetes-validations")]
    [PatchStrategy("merge")]
    [PatchMergeKey("rule")]
    public List<ValidationRule>? XValidations { get; set; }
}
