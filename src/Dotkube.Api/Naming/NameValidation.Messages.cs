using System.Globalization;

namespace Dotkube.Api.Naming;

public static partial class NameValidation
{
    /// <summary>MaxLenError: "must be no more than 63 characters".</summary>
    public static string MaxLenError(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"must be no more than {length} characters");

    /// <summary>EmptyError: "must be non-empty".</summary>
    public static string EmptyError() => "must be non-empty";

    /// <summary>InclusiveRangeError: "must be between 1 and 65535, inclusive".</summary>
    public static string InclusiveRangeError(long low, long high) =>
        string.Create(CultureInfo.InvariantCulture, $"must be between {low} and {high}, inclusive");

    /// <summary>
    /// RegexError: the message, the examples and the regex, with upstream's exact spacing
    /// ("(e.g. 'my-name',  or '123-abc', regex used for validation is '...')").
    /// </summary>
    public static string RegexError(string message, string regex, params string[] examples)
    {
        if (examples.Length == 0)
        {
            return message + " (regex used for validation is '" + regex + "')";
        }

        var text = message + " (e.g. ";
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                text += " or ";
            }

            text += "'" + examples[i] + "', ";
        }

        return text + "regex used for validation is '" + regex + "')";
    }
}
