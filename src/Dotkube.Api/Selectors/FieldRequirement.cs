namespace Dotkube.Api.Selectors;

/// <summary>
/// fields.Requirement: one term of a field selector. <see cref="Operator"/> is
/// <see cref="SelectionOperator.Equal"/> (for "=" and "==") or <see cref="SelectionOperator.NotEqual"/>;
/// <see cref="Value"/> is unescaped.
/// </summary>
public sealed record FieldRequirement(string Field, SelectionOperator Operator, string Value)
{
    /// <summary>A missing field reads as "", as upstream's fields.Set.Get.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? fields)
    {
        var actual = fields is not null && fields.TryGetValue(Field, out var value) ? value : "";
        return Operator == SelectionOperator.NotEqual ? actual != Value : actual == Value;
    }

    /// <summary>"field=value" or "field!=value", the value escaped.</summary>
    public override string ToString() =>
        Field + (Operator == SelectionOperator.NotEqual ? "!=" : "=") + FieldSelector.EscapeValue(Value);
}
