using System.Diagnostics.CodeAnalysis;

namespace Dotkube.Api.Selectors;

/// <summary>
/// labels.Selector: requirements ANDed together, kept sorted by key. <see cref="Everything"/>
/// (no requirements) matches every label set; <see cref="Nothing"/> matches none. Immutable.
/// </summary>
public sealed partial class Selector
{
    private readonly LabelRequirement[] _requirements;

    private Selector(LabelRequirement[] requirements, bool isNothing)
    {
        _requirements = requirements;
        IsNothing = isNothing;
    }

    /// <summary>labels.Everything(): matches all labels; prints "".</summary>
    public static Selector Everything { get; } = new([], false);

    /// <summary>labels.Nothing(): matches no labels; prints "" and is not empty.</summary>
    public static Selector Nothing { get; } = new([], true);

    /// <summary>True only for <see cref="Nothing"/> (upstream MatchesNothing).</summary>
    public bool IsNothing { get; }

    /// <summary>Empty(): true when nothing is restricted (never for <see cref="Nothing"/>).</summary>
    public bool IsEmpty => !IsNothing && _requirements.Length == 0;

    /// <summary>The requirements, sorted by key; empty for <see cref="Nothing"/> (upstream reports it as not selectable).</summary>
    public IReadOnlyList<LabelRequirement> Requirements => _requirements;

    /// <summary>labels.Parse; throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static Selector Parse(string text) =>
        TryParse(text, out var selector, out var error) ? selector : throw new FormatException(error);

    /// <summary>labels.Parse: the selector string syntax of <c>?labelSelector=</c> and <c>kubectl -l</c>.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out Selector? selector, [NotNullWhen(false)] out string? error)
    {
        var requirements = SelectorParser.Parse(text, out error);
        selector = requirements is null ? null : new Selector(SortByKey(requirements), false);
        return selector is not null;
    }

    /// <summary>SelectorFromSet: one Equal requirement per label, unvalidated; null or empty is <see cref="Everything"/>.</summary>
    public static Selector FromSet(IReadOnlyDictionary<string, string>? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            return Everything;
        }

        var requirements = labels
            .OrderBy(label => label.Key, StringComparer.Ordinal)
            .Select(label => LabelRequirement.CreateUnchecked(label.Key, SelectionOperator.Equal, [label.Value]))
            .ToArray();
        return new Selector(requirements, false);
    }

    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        if (IsNothing)
        {
            return false;
        }

        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Add: a new selector with the extra requirements, re-sorted by key.</summary>
    public Selector Add(params IEnumerable<LabelRequirement> requirements) =>
        IsNothing ? this : new Selector(SortByKey(_requirements.Concat(requirements)), false);

    /// <summary>
    /// RequiresExactMatch: whether the first requirement on <paramref name="label"/> pins it to
    /// one value (=, == or in with one value), e.g. to serve a list from an index.
    /// </summary>
    public bool RequiresExactMatch(string label, [NotNullWhen(true)] out string? value)
    {
        value = null;
        foreach (var requirement in _requirements)
        {
            if (requirement.Key != label)
            {
                continue;
            }

            if (requirement.Operator is SelectionOperator.Equal or SelectionOperator.DoubleEqual or SelectionOperator.In
                && requirement.Values.Count == 1)
            {
                value = requirement.Values[0];
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>The canonical string: requirements sorted by key, joined by ",".</summary>
    public override string ToString() => string.Join(",", _requirements.Select(r => r.ToString()));

    /// <summary>Upstream sorts by key only; a stable sort keeps equal keys in written order.</summary>
    private static LabelRequirement[] SortByKey(IEnumerable<LabelRequirement> requirements) =>
        requirements.OrderBy(r => r.Key, StringComparer.Ordinal).ToArray();
}
