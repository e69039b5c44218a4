using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions/v1 JSONSchemaPropsOrBool, the value of <c>additionalProperties</c> and
/// <c>additionalItems</c>: a boolean, or a schema (which implies allows = true).
/// </summary>
[JsonConverter(typeof(JSONSchemaPropsOrBoolConverter))]
public sealed class JSONSchemaPropsOrBool
{
    public bool Allows { get; set; } = true;

    public JSONSchemaProps? Schema { get; set; }
}
