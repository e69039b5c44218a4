using System.Collections;
using System.Globalization;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation;

/// <summary>
/// Prints a bad value the way upstream's error text does (Go's %v for numbers and bools, %q
/// for strings, %#v for maps and slices), so messages read the same as kube-apiserver's.
/// </summary>
internal static class GoValueFormatter
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => GoStrings.Quote(s),
        bool b => b ? "true" : "false",
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Quantity q => q.ToString(),
        IntOrString i => i.IsInt ? i.IntValue.ToString(CultureInfo.InvariantCulture) : i.StringValue!,
        IDictionary<string, string> map => "map[string]string{" +
            string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{GoStrings.Quote(e.Key)}:{GoStrings.Quote(e.Value)}")) + "}",
        IEnumerable<string> list => "[]string{" + string.Join(", ", list.Select(GoStrings.Quote)) + "}",
        IEnumerable items => "[]{" + string.Join(", ", items.Cast<object?>().Select(Format)) + "}",
        _ => value.ToString() ?? "null",
    };

}
