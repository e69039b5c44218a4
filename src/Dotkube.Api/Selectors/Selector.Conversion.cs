using System.Diagnostics.CodeAnalysis;
using Dotkube.Api.Values;

namespace Dotkube.Api.Selectors;

public sealed partial class Selector
{
    /// <summary>LabelSelectorAsSelector; throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static Selector FromLabelSelector(Meta.LabelSelector? labelSelector) =>
        TryFromLabelSelector(labelSelector, out var selector, out var error) ? selector : throw new FormatException(error);

    /// <summary>
    /// LabelSelectorAsSelector: null selects nothing, an empty selector everything; matchLabels
    /// become Equal requirements and matchExpressions In/NotIn/Exists/DoesNotExist, all
    /// validated. An unknown operator fails with "\"X\" is not a valid label selector operator".
    /// </summary>
    public static bool TryFromLabelSelector(
        Meta.LabelSelector? labelSelector,
        [NotNullWhen(true)] out Selector? selector,
        [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (labelSelector is null)
        {
            selector = Nothing;
            return true;
        }

        if ((labelSelector.MatchLabels?.Count ?? 0) + (labelSelector.MatchExpressions?.Count ?? 0) == 0)
        {
            selector = Everything;
            return true;
        }

        selector = null;
        var requirements = new List<LabelRequirement>();

        // Upstream walks a Go map (random order); sorting makes the first reported error stable.
        foreach (var (key, value) in (labelSelector.MatchLabels ?? []).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!LabelRequirement.TryCreate(key, SelectionOperator.Equal, [value], out var requirement, out error))
            {
                return false;
            }

            requirements.Add(requirement);
        }

        foreach (var expression in labelSelector.MatchExpressions ?? [])
        {
            SelectionOperator? op = expression.Operator switch
            {
                "In" => SelectionOperator.In,
                "NotIn" => SelectionOperator.NotIn,
                "Exists" => SelectionOperator.Exists,
                "DoesNotExist" => SelectionOperator.DoesNotExist,
                _ => null,
            };
            if (op is null)
            {
                error = $"{GoStrings.Quote(expression.Operator)} is not a valid label selector operator";
                return false;
            }

            // Upstream copies the values with append(nil, ...), so no values is a nil slice.
            var values = expression.Values is { Count: > 0 } given ? given.ToList() : null;
            if (!LabelRequirement.TryCreate(expression.Key, op.Value, values, out var requirement, out error))
            {
                return false;
            }

            requirements.Add(requirement);
        }

        selector = new Selector(SortByKey(requirements), false);
        return true;
    }
}
