namespace Dotkube.Api.Serialization;

/// <summary>The JSON value a YAML scalar resolves to; Text is the JSON literal for numbers, the value for strings.</summary>
internal readonly record struct YamlScalar(YamlScalarKind Kind, string Text)
{
    public static readonly YamlScalar Null = new(YamlScalarKind.Null, "null");

    public static YamlScalar String(string value) => new(YamlScalarKind.String, value);
}

internal enum YamlScalarKind
{
    Null,
    Bool,
    Int,
    Float,
    String,

    /// <summary>The merge key "&lt;&lt;".</summary>
    Merge,
}
