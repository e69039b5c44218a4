using System.Diagnostics.CodeAnalysis;

namespace Dotkube.Api.Selectors;

/// <summary>
/// fields.Selector: "a=b", "a==b" and "a!=b" terms ANDed by commas. Servers read
/// <see cref="Requirements"/> (or <see cref="RequiresExactMatch"/>) to find e.g.
/// <c>metadata.name</c> or <c>spec.nodeName</c>. Immutable.
/// </summary>
public sealed partial class FieldSelector
{
    private readonly FieldRequirement[] _requirements;

    private FieldSelector(FieldRequirement[] requirements) => _requirements = requirements;

    /// <summary>fields.Everything(): no terms.</summary>
    public static FieldSelector Everything { get; } = new([]);

    public bool IsEmpty => _requirements.Length == 0;

    /// <summary>The terms, in the order upstream keeps them (parsed terms sorted by their raw text).</summary>
    public IReadOnlyList<FieldRequirement> Requirements => _requirements;

    /// <summary>OneTermEqualSelector.</summary>
    public static FieldSelector OneTermEqual(string field, string value) =>
        new([new FieldRequirement(field, SelectionOperator.Equal, value)]);

    /// <summary>SelectorFromSet: one Equal term per field (ordered by field here for a stable string); null is <see cref="Everything"/>.</summary>
    public static FieldSelector FromSet(IReadOnlyDictionary<string, string>? fields) =>
        fields is null
            ? Everything
            : new(fields.OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new FieldRequirement(f.Key, SelectionOperator.Equal, f.Value))
                .ToArray());

    /// <summary>fields.ParseSelector; throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static FieldSelector Parse(string text) =>
        TryParse(text, out var selector, out var error) ? selector : throw new FormatException(error);

    public bool Matches(IReadOnlyDictionary<string, string>? fields)
    {
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(fields))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RequiresExactMatch: the value of the first "=" term on <paramref name="field"/>.</summary>
    public bool RequiresExactMatch(string field, [NotNullWhen(true)] out string? value)
    {
        foreach (var requirement in _requirements)
        {
            if (requirement.Field == field && requirement.Operator == SelectionOperator.Equal)
            {
                value = requirement.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Transform: rewrites every term (upstream uses it for field label conversion).</summary>
    public FieldSelector Transform(Func<string, string, (string Field, string Value)> transform) =>
        new(_requirements.Select(r =>
        {
            var (field, value) = transform(r.Field, r.Value);
            return r with { Field = field, Value = value };
        }).ToArray());

    /// <summary>The terms joined by ",", values escaped; "a==b" prints as "a=b".</summary>
    public override string ToString() => string.Join(",", _requirements.Select(r => r.ToString()));
}
