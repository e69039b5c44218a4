namespace Dotkube.Api.Protobuf;

/// <summary>
/// Messages whose JSON is not an object of their fields: upstream gives them a custom
/// MarshalJSON, so their JSON is a string, number, array or embedded document.
/// </summary>
internal enum ProtoSpecial
{
    None,

    /// <summary>metav1.Time: RFC 3339 with whole seconds.</summary>
    Time,

    /// <summary>metav1.MicroTime: RFC 3339 with six fractional digits.</summary>
    MicroTime,

    /// <summary>metav1.Duration: Go's time.Duration text ("1m30s").</summary>
    Duration,

    /// <summary>FieldsV1 and apiextensions JSON: field 1 holds JSON text.</summary>
    RawJson,

    /// <summary>runtime.RawExtension: JSON text, or a nested "k8s\0" envelope.</summary>
    RawExtension,

    /// <summary>Named []string types (metav1.Verbs, ExtraValue): field 1 repeated.</summary>
    StringSlice,

    /// <summary>resource.Quantity: field 1 is the canonical string.</summary>
    Quantity,

    /// <summary>intstr.IntOrString: a number or a string, by its type field.</summary>
    IntOrString,

    /// <summary>JSONSchemaPropsOrArray: an array when field 2 has items, else the schema.</summary>
    SchemaOrArray,

    /// <summary>JSONSchemaPropsOrBool: the schema when present, else the bool.</summary>
    SchemaOrBool,

    /// <summary>JSONSchemaPropsOrStringArray: the strings when present, else the schema.</summary>
    SchemaOrStringArray,
}
