using Dotkube.Api.Meta;

namespace Dotkube.Api.Authorization.V1;

/// <summary>
/// authorization/v1 FieldSelectorAttributes: a field-limited request. Setting both fields is invalid;
/// the server parses rawSelector only when requirements are empty.
/// </summary>
public sealed class FieldSelectorAttributes
{
    public string? RawSelector { get; set; }

    /// <summary>
    /// metav1.FieldSelectorRequirement upstream (operators In, NotIn, Exists, DoesNotExist). Meta has
    /// no such type yet; LabelSelectorRequirement has the identical wire shape (key, operator, values).
    /// </summary>
    public List<LabelSelectorRequirement>? Requirements { get; set; }
}
