namespace Dotkube.Api.Patching;

/// <summary>The shape of a CLR type as strategic merge patch sees it.</summary>
public enum PatchMetaKind
{
    /// <summary>A class with JSON properties (a Go struct).</summary>
    Struct,

    /// <summary>A dictionary (a Go map): every key has the value type, no patch metadata.</summary>
    Map,

    /// <summary>A list (a Go slice).</summary>
    List,

    /// <summary>Free-form JSON (<c>JsonElement</c>): no schema, so maps merge and lists replace.</summary>
    FreeForm,

    /// <summary>A string, number, boolean or scalar-encoded struct (Quantity, IntOrString, times).</summary>
    Scalar,
}
