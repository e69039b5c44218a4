using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions/v1 JSONSchemaPropsOrArray, the value of <c>items</c>: one schema for every item, or
/// (draft 4 tuple form) one schema per position.
/// </summary>
[JsonConverter(typeof(JSONSchemaPropsOrArrayConverter))]
public sealed class JSONSchemaPropsOrArray
{
    public JSONSchemaProps? Schema { get; set; }

    public List<JSONSchemaProps>? JSONSchemas { get; set; }
}
