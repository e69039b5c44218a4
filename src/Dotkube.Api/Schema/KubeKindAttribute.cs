namespace Dotkube.Api.Schema;

/// <summary>
/// Marks a CLR type as an API kind and carries its discovery metadata. This attribute is the
/// one place a kind is described: <see cref="Scheme"/> finds every marked type in this assembly,
/// so adding a kind means writing its class with this attribute and listing it in
/// <c>ApiJsonContext</c> (the JSON source generator cannot discover types on its own).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubeKindAttribute(string group, string version, string plural) : Attribute
{
    /// <summary>"" for the legacy core group.</summary>
    public string Group { get; } = group;

    public string Version { get; } = version;

    /// <summary>The resource name in URLs: "pods", "deployments".</summary>
    public string Plural { get; } = plural;

    /// <summary>Defaults to the lower-cased kind, as upstream.</summary>
    public string? Singular { get; init; }

    public bool Namespaced { get; init; } = true;

    public string[] ShortNames { get; init; } = [];

    public string[] Categories { get; init; } = [];

    /// <summary>Subresource names: "status", "scale", "log", ...</summary>
    public string[] Subresources { get; init; } = [];

    /// <summary>Null means every verb of a stored resource (<see cref="ResourceInfo.StandardVerbs"/>).</summary>
    public string[]? Verbs { get; init; }
}
