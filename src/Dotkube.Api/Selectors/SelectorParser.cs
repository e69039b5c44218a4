namespace Dotkube.Api.Selectors;

/// <summary>
/// upstream's recursive-descent label selector parser, error texts included:
/// <code>
/// selector    ::= requirement | requirement "," selector
/// requirement ::= ["!"] KEY [ ("in" | "notin") "(" VALUES ")" | ("=" | "==" | "!=" | "&gt;" | "&lt;") VALUE ]
/// </code>
/// "in" and "notin" are plain identifiers wherever a key or value is expected ("notin=in").
/// </summary>
internal sealed class SelectorParser
{
    private readonly List<(SelectorToken Token, string Literal)> _items;
    private int _position;

    private SelectorParser(string text) => _items = new SelectorLexer(text).ScanAll();

    private const string ExpectedOperators = "in, notin, =, ==, !=, gt, lt";

    public static List<LabelRequirement>? Parse(string text, out string? error) =>
        new SelectorParser(text).ParseAll(out error);

    private List<LabelRequirement>? ParseAll(out string? error)
    {
        var requirements = new List<LabelRequirement>();
        while (true)
        {
            var (token, literal) = Lookahead(valuesContext: true);
            switch (token)
            {
                case SelectorToken.Identifier or SelectorToken.DoesNotExist:
                    var requirement = ParseRequirement(out var requirementError);
                    if (requirement is null)
                    {
                        error = "unable to parse requirement: " + requirementError;
                        return null;
                    }

                    requirements.Add(requirement);
                    var (next, nextLiteral) = Consume(valuesContext: true);
                    if (next == SelectorToken.EndOfString)
                    {
                        error = null;
                        return requirements;
                    }

                    if (next != SelectorToken.Comma)
                    {
                        error = $"found '{nextLiteral}', expected: ',' or 'end of string'";
                        return null;
                    }

                    var (after, afterLiteral) = Lookahead(valuesContext: true);
                    if (after is not (SelectorToken.Identifier or SelectorToken.DoesNotExist))
                    {
                        error = $"found '{afterLiteral}', expected: identifier after ','";
                        return null;
                    }

                    break;
                case SelectorToken.EndOfString:
                    error = null;
                    return requirements;
                default:
                    error = $"found '{literal}', expected: !, identifier, or 'end of string'";
                    return null;
            }
        }
    }

    private LabelRequirement? ParseRequirement(out string? error)
    {
        var (token, key) = Consume(valuesContext: true);
        var op = (SelectionOperator?)null;
        if (token == SelectorToken.DoesNotExist)
        {
            op = SelectionOperator.DoesNotExist;
            (token, key) = Consume(valuesContext: true);
        }

        if (token != SelectorToken.Identifier)
        {
            error = $"found '{key}', expected: identifier";
            return null;
        }

        // The parser validates keys under a nil field path, which upstream prints as "<nil>".
        if (LabelRequirement.KeyError(key, SelectorErrors.NilPath) is { } keyError)
        {
            error = keyError;
            return null;
        }

        if (Lookahead(valuesContext: true).Token is SelectorToken.EndOfString or SelectorToken.Comma)
        {
            op ??= SelectionOperator.Exists;
        }

        if (op is { } unary)
        {
            return LabelRequirement.TryCreate(key, unary, [], out var created, out error) ? created : null;
        }

        var (opToken, opLiteral) = Consume(valuesContext: false);
        SelectionOperator binary;
        switch (opToken)
        {
            case SelectorToken.In: binary = SelectionOperator.In; break;
            case SelectorToken.Equals: binary = SelectionOperator.Equal; break;
            case SelectorToken.DoubleEquals: binary = SelectionOperator.DoubleEqual; break;
            case SelectorToken.GreaterThan: binary = SelectionOperator.GreaterThan; break;
            case SelectorToken.LessThan: binary = SelectionOperator.LessThan; break;
            case SelectorToken.NotIn: binary = SelectionOperator.NotIn; break;
            case SelectorToken.NotEquals: binary = SelectionOperator.NotEqual; break;
            default:
                error = $"found '{opLiteral}', expected: {ExpectedOperators}";
                return null;
        }

        var values = binary is SelectionOperator.In or SelectionOperator.NotIn
            ? ParseValues(out error)
            : ParseExactValue(out error);
        if (values is null)
        {
            return null;
        }

        // sets.String.List(): sorted, without duplicates.
        var list = values.Order(StringComparer.Ordinal).ToList();
        return LabelRequirement.TryCreate(key, binary, list, out var requirement, out error) ? requirement : null;
    }

    private HashSet<string>? ParseValues(out string? error)
    {
        var (token, literal) = Consume(valuesContext: true);
        if (token != SelectorToken.OpenPar)
        {
            error = $"found '{literal}' expected: '('";
            return null;
        }

        (token, literal) = Lookahead(valuesContext: true);
        switch (token)
        {
            case SelectorToken.Identifier or SelectorToken.Comma:
                var values = ParseIdentifiersList(out error);
                if (values is null)
                {
                    return null;
                }

                if (Consume(valuesContext: true).Token != SelectorToken.ClosedPar)
                {
                    error = $"found '{literal}', expected: ')'";
                    return null;
                }

                return values;
            case SelectorToken.ClosedPar:
                // "k in ()" is the set holding the empty string, not an error.
                Consume(valuesContext: true);
                error = null;
                return new HashSet<string>(StringComparer.Ordinal) { "" };
            default:
                error = $"found '{literal}', expected: ',', ')' or identifier";
                return null;
        }
    }

    /// <summary>Comma-separated, possibly empty identifiers: "(a,,b)", "(,a)" and "(a,)" add "".</summary>
    private HashSet<string>? ParseIdentifiersList(out string? error)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var (token, literal) = Consume(valuesContext: true);
            switch (token)
            {
                case SelectorToken.Identifier:
                    values.Add(literal);
                    var (next, nextLiteral) = Lookahead(valuesContext: true);
                    if (next == SelectorToken.Comma)
                    {
                        continue;
                    }

                    if (next == SelectorToken.ClosedPar)
                    {
                        error = null;
                        return values;
                    }

                    error = $"found '{nextLiteral}', expected: ',' or ')'";
                    return null;
                case SelectorToken.Comma:
                    if (values.Count == 0)
                    {
                        values.Add("");
                    }

                    var following = Lookahead(valuesContext: true).Token;
                    if (following == SelectorToken.ClosedPar)
                    {
                        values.Add("");
                        error = null;
                        return values;
                    }

                    if (following == SelectorToken.Comma)
                    {
                        values.Add("");
                    }

                    break;
                default:
                    error = $"found '{literal}', expected: ',', or identifier";
                    return null;
            }
        }
    }

    private HashSet<string>? ParseExactValue(out string? error)
    {
        error = null;
        if (Lookahead(valuesContext: true).Token is SelectorToken.EndOfString or SelectorToken.Comma)
        {
            return new HashSet<string>(StringComparer.Ordinal) { "" };
        }

        var (token, literal) = Consume(valuesContext: true);
        if (token == SelectorToken.Identifier)
        {
            return new HashSet<string>(StringComparer.Ordinal) { literal };
        }

        error = $"found '{literal}', expected: identifier";
        return null;
    }

    private (SelectorToken Token, string Literal) Lookahead(bool valuesContext) => Adjust(_items[_position], valuesContext);

    private (SelectorToken Token, string Literal) Consume(bool valuesContext) => Adjust(_items[_position++], valuesContext);

    private static (SelectorToken, string) Adjust((SelectorToken Token, string Literal) item, bool valuesContext) =>
        valuesContext && item.Token is SelectorToken.In or SelectorToken.NotIn
            ? (SelectorToken.Identifier, item.Literal)
            : item;
}
