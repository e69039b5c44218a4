using System.Diagnostics.CodeAnalysis;
using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Selectors;

/// <summary>labels.Requirement: one key, an operator and its values. Immutable.</summary>
public sealed class LabelRequirement
{
    private readonly string[] _values;

    private LabelRequirement(string key, SelectionOperator op, string[] values)
    {
        Key = key;
        Operator = op;
        _values = values;
    }

    public string Key { get; }

    public SelectionOperator Operator { get; }

    /// <summary>The values as given (the string parser gives them sorted and de-duplicated).</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>NewRequirement; throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static LabelRequirement Create(string key, SelectionOperator op, IReadOnlyList<string>? values) =>
        TryCreate(key, op, values, out var requirement, out var error) ? requirement : throw new FormatException(error);

    /// <summary>
    /// NewRequirement: the key must be a qualified name and every value a label value; In and
    /// NotIn need values, Equal/DoubleEqual/NotEqual exactly one, Exists/DoesNotExist none, and
    /// GreaterThan/LessThan one int64. A null list prints as upstream's nil slice in errors.
    /// </summary>
    public static bool TryCreate(
        string key,
        SelectionOperator op,
        IReadOnlyList<string>? values,
        [NotNullWhen(true)] out LabelRequirement? requirement,
        [NotNullWhen(false)] out string? error)
    {
        var errors = new List<string>();
        if (KeyError(key, "key") is { } keyError)
        {
            errors.Add(keyError);
        }

        var count = values?.Count ?? 0;
        switch (op)
        {
            case SelectionOperator.In or SelectionOperator.NotIn when count == 0:
                errors.Add(SelectorErrors.InvalidList("values", values, "for 'in', 'notin' operators, values set can't be empty"));
                break;
            case SelectionOperator.Equal or SelectionOperator.DoubleEqual or SelectionOperator.NotEqual when count != 1:
                errors.Add(SelectorErrors.InvalidList("values", values, "exact-match compatibility requires one single value"));
                break;
            case SelectionOperator.Exists or SelectionOperator.DoesNotExist when count != 0:
                errors.Add(SelectorErrors.InvalidList("values", values, "values set must be empty for exists and does not exist"));
                break;
            case SelectionOperator.GreaterThan or SelectionOperator.LessThan:
                if (count != 1)
                {
                    errors.Add(SelectorErrors.InvalidList("values", values, "for 'Gt', 'Lt' operators, exactly one value is required"));
                }

                for (var i = 0; i < count; i++)
                {
                    if (!GoStrings.TryParseInt64(values![i], out _))
                    {
                        errors.Add(SelectorErrors.Invalid($"values[{i}]", values[i], "for 'Gt', 'Lt' operators, the value must be an integer"));
                    }
                }

                break;
            case < SelectionOperator.In or > SelectionOperator.DoesNotExist:
                errors.Add(SelectorErrors.UnsupportedOperator("operator", op.ToString()));
                break;
        }

        for (var i = 0; i < count; i++)
        {
            var messages = NameValidation.IsValidLabelValue(values![i]);
            if (messages.Count != 0)
            {
                errors.Add(SelectorErrors.Invalid($"values[{i}][{key}]", values[i], string.Join("; ", messages)));
            }
        }

        error = SelectorErrors.Aggregate(errors);
        requirement = error is null ? new LabelRequirement(key, op, values?.ToArray() ?? []) : null;
        return error is null;
    }

    /// <summary>
    /// In/Equal match a present key with one of the values; NotIn/NotEqual match an absent key
    /// or any other value; GreaterThan/LessThan need a present key whose value parses as int64.
    /// </summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        string? value = null;
        var present = labels is not null && labels.TryGetValue(Key, out value);
        return Operator switch
        {
            SelectionOperator.In or SelectionOperator.Equal or SelectionOperator.DoubleEqual => present && _values.Contains(value),
            SelectionOperator.NotIn or SelectionOperator.NotEqual => !present || !_values.Contains(value),
            SelectionOperator.Exists => present,
            SelectionOperator.DoesNotExist => !present,
            SelectionOperator.GreaterThan or SelectionOperator.LessThan => present && CompareIntegers(value!),
            _ => false,
        };
    }

    /// <summary>Upstream's String(): "k=v", "k==v", "k!=v", "k in (a,b)", "k notin (a)", "k", "!k", "k>1", "k&lt;1"; several values sorted.</summary>
    public override string ToString()
    {
        var prefix = Operator == SelectionOperator.DoesNotExist ? "!" : "";
        var op = Operator switch
        {
            SelectionOperator.Equal => "=",
            SelectionOperator.DoubleEqual => "==",
            SelectionOperator.NotEqual => "!=",
            SelectionOperator.In => " in ",
            SelectionOperator.NotIn => " notin ",
            SelectionOperator.GreaterThan => ">",
            SelectionOperator.LessThan => "<",
            _ => null,
        };
        if (op is null)
        {
            return prefix + Key;
        }

        var values = _values.Length == 1 ? _values[0] : string.Join(",", _values.Order(StringComparer.Ordinal));
        return Operator is SelectionOperator.In or SelectionOperator.NotIn
            ? Key + op + "(" + values + ")"
            : Key + op + values;
    }

    /// <summary>An unvalidated requirement, as SelectorFromSet builds them.</summary>
    internal static LabelRequirement CreateUnchecked(string key, SelectionOperator op, string[] values) => new(key, op, values);

    /// <summary>validateLabelKey: the qualified-name messages joined by "; " in one Invalid error.</summary>
    internal static string? KeyError(string key, string path)
    {
        var messages = NameValidation.IsQualifiedName(key);
        return messages.Count == 0 ? null : SelectorErrors.Invalid(path, key, string.Join("; ", messages));
    }

    private bool CompareIntegers(string value)
    {
        if (_values.Length != 1
            || !GoStrings.TryParseInt64(value, out var actual)
            || !GoStrings.TryParseInt64(_values[0], out var bound))
        {
            return false;
        }

        return Operator == SelectionOperator.GreaterThan ? actual > bound : actual < bound;
    }
}
