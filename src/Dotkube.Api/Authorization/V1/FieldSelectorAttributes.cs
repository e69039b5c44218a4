using Dotkube.Api.Meta;

namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization/v1 FieldSelectorAttributes: a field-limited request. Setting both fields is invalid;
/// the server parses rawSelector only when requirements are empty.
/// </summary>
public sealed class FieldSelectorAttributes
{
    public string? RawSelector { get; set; }

    public List<FieldSelectorRequirement>? Requirements { get; set; }
}
