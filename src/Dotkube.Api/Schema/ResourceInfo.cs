using System.Text.Json.Serialization.Metadata;

namespace Dotkube.Api.Schema;

/// <summary>
/// Everything the server and clients need to know about one kind. ListTypeInfo is null for
/// kinds that cannot be listed (TokenReview, Binding, ...).
/// </summary>
public sealed record ResourceInfo(
    GroupVersionKind Gvk,
    string Plural,
    string Singular,
    bool Namespaced,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Subresources,
    IReadOnlyList<string> Verbs,
    Type ClrType,
    Type ListClrType,
    JsonTypeInfo TypeInfo,
    JsonTypeInfo? ListTypeInfo)
{
    /// <summary>The verbs of an ordinary stored resource, in upstream's discovery order.</summary>
    public static readonly IReadOnlyList<string> StandardVerbs =
        ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public string Group => Gvk.Group;

    public string Version => Gvk.Version;

    public string Kind => Gvk.Kind;

    public string ListKind => Gvk.Kind + "List";

    public string ApiVersion => Gvk.ApiVersion;

    public bool HasVerb(string verb) => Verbs.Contains(verb);
}
