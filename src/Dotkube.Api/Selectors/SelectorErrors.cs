using Dotkube.Api.Values;

namespace Dotkube.Api.Selectors;

/// <summary>
/// The text of upstream's field errors and aggregates as selector parsing returns them
/// (field.Invalid(...).Error(), ErrorList.ToAggregate().Error()), including "&lt;nil&gt;" for the
/// path the string parser validates keys under.
/// </summary>
internal static class SelectorErrors
{
    public const string NilPath = "<nil>";

    /// <summary>Upstream's operator spellings, in validRequirementOperators order.</summary>
    public static readonly string[] OperatorNames = ["in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"];

    public static string Invalid(string path, string value, string detail) =>
        $"{path}: Invalid value: {GoStrings.Quote(value)}: {detail}";

    /// <summary>An invalid list value, printed as Go's %#v of a []string (nil and empty differ).</summary>
    public static string InvalidList(string path, IReadOnlyList<string>? values, string detail)
    {
        var printed = values is null ? "[]string(nil)" : "[]string{" + string.Join(", ", values.Select(GoStrings.Quote)) + "}";
        return $"{path}: Invalid value: {printed}: {detail}";
    }

    public static string UnsupportedOperator(string path, string op) =>
        $"{path}: Unsupported value: {GoStrings.Quote(op)}: supported values: " +
        string.Join(", ", OperatorNames.Select(GoStrings.Quote));

    /// <summary>utilerrors aggregate: one message as is, several de-duplicated inside "[...]".</summary>
    public static string? Aggregate(IReadOnlyList<string> messages)
    {
        var distinct = messages.Distinct(StringComparer.Ordinal).ToList();
        return messages.Count switch
        {
            0 => null,
            1 => messages[0],
            _ => distinct.Count == 1 ? distinct[0] : "[" + string.Join(", ", distinct) + "]",
        };
    }
}
