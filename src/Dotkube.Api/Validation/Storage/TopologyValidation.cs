using Dotkube.Api.Core.V1;
using Dotkube.Api.Naming;

namespace Dotkube.Api.Validation.Storage;

/// <summary>Upstream validateAllowedTopologies and core's ValidateTopologySelectorTerm.</summary>
public static class TopologyValidation
{
    public static void ValidateAllowedTopologies(List<TopologySelectorTerm>? terms, FieldPath path, List<FieldError> errors)
    {
        if (terms is null || terms.Count == 0)
        {
            return;
        }

        // Upstream pre-sizes its list of seen terms with empty entries, so an empty term also
        // counts as a duplicate of each of those (semantic equality treats nil maps as empty).
        var seen = Enumerable.Range(0, terms.Count).Select(_ => new Dictionary<string, HashSet<string>>()).ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = ValidateTerm(terms[i], path.Index(i), errors);
            foreach (var previous in seen)
            {
                if (SameTerm(term, previous))
                {
                    errors.Add(FieldError.Duplicate(path.Index(i).Child("matchLabelExpressions"), ""));
                }
            }

            seen.Add(term);
        }
    }

    private static Dictionary<string, HashSet<string>> ValidateTerm(TopologySelectorTerm term, FieldPath path, List<FieldError> errors)
    {
        var expressions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var requirements = term.MatchLabelExpressions ?? [];
        for (var i = 0; i < requirements.Count; i++)
        {
            var at = path.Child("matchLabelExpressions").Index(i);
            var requirement = requirements[i];
            var values = new HashSet<string>(StringComparer.Ordinal);
            if (requirement.Values.Count == 0)
            {
                errors.Add(FieldError.Required(at.Child("values")));
            }

            for (var j = 0; j < requirement.Values.Count; j++)
            {
                if (!values.Add(requirement.Values[j]))
                {
                    errors.Add(FieldError.Duplicate(at.Child("values").Index(j), requirement.Values[j]));
                }
            }

            foreach (var message in NameValidation.IsQualifiedName(requirement.Key))
            {
                errors.Add(FieldError.Invalid(at.Child("key"), requirement.Key, message));
            }

            if (expressions.ContainsKey(requirement.Key))
            {
                errors.Add(FieldError.Duplicate(at.Child("key"), requirement.Key));
            }

            expressions[requirement.Key] = values;
        }

        return expressions;
    }

    private static bool SameTerm(Dictionary<string, HashSet<string>> a, Dictionary<string, HashSet<string>> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var values) && values.SetEquals(e.Value));
}
