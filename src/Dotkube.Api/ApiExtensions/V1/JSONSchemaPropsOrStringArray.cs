using System.Text.Json.Serialization;

namespace Dotkube.Api.ApiExtensions.V1;

/// <summary>
/// apiextensions/v1 JSONSchemaPropsOrStringArray, a <c>dependencies</c> entry: a schema the object
/// must also match, or the property names that must also be present.
/// </summary>
[JsonConverter(typeof(JSONSchemaPropsOrStringArrayConverter))]
public sealed class JSONSchemaPropsOrStringArray
{
    public JSONSchemaProps? Schema { get; set; }

    public List<string>? Property { get; set; }
}
