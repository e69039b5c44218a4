using Dotkube.Api.Meta;

namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization/v1 LabelSelectorAttributes: a label-limited request. Setting both fields is invalid;
/// the server parses rawSelector only when requirements are empty.
/// </summary>
public sealed class LabelSelectorAttributes
{
    public string? RawSelector { get; set; }

    public List<LabelSelectorRequirement>? Requirements { get; set; }
}
