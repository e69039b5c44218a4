using System.Globalization;
using System.Text;
using Dotkube.Api.Meta;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation;

/// <summary>
/// A bad value printed as upstream's field errors print a struct: Go's %#v. FieldError shows a
/// value through its ToString, so wrapping the text here keeps it unquoted. Pointer fields that
/// are set print as an address upstream, which no client can rely on; they print as "(0x0)" here.
/// </summary>
internal sealed class GoSyntax
{
    private readonly string _text;

    private GoSyntax(string text) => _text = text;

    /// <summary>intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}: a value-type IntOrString has no String method.</summary>
    public static GoSyntax Of(IntOrString? value)
    {
        var v = value ?? IntOrString.FromInt(0);
        var text = v.IsInt
            ? string.Create(CultureInfo.InvariantCulture, $"intstr.IntOrString{{Type:0, IntVal:{v.IntValue}, StrVal:\"\"}}")
            : $"intstr.IntOrString{{Type:1, IntVal:0, StrVal:{GoStrings.Quote(v.StringValue!)}}}";
        return new(text);
    }

    /// <summary>v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}.</summary>
    public static GoSyntax Of(LabelSelector? selector)
    {
        if (selector is null)
        {
            return new("null");
        }

        var text = new StringBuilder("v1.LabelSelector{MatchLabels:");
        text.Append(Map(selector.MatchLabels)).Append(", MatchExpressions:");
        if (selector.MatchExpressions is null)
        {
            text.Append("[]v1.LabelSelectorRequirement(nil)");
        }
        else
        {
            text.Append("[]v1.LabelSelectorRequirement{")
                .AppendJoin(", ", selector.MatchExpressions.Select(r =>
                    $"v1.LabelSelectorRequirement{{Key:{GoStrings.Quote(r.Key)}, Operator:{GoStrings.Quote(r.Operator)}, Values:{Strings(r.Values)}}}"))
                .Append('}');
        }

        return new(text.Append('}').ToString());
    }

    /// <summary>Text the caller already wrote in Go syntax.</summary>
    public static GoSyntax Raw(string text) => new(text);

    /// <summary>A struct literal built by the caller from already formatted fields.</summary>
    public static GoSyntax Struct(string type, params (string Name, string Value)[] fields) =>
        new($"{type}{{{string.Join(", ", fields.Select(f => $"{f.Name}:{f.Value}"))}}}");

    /// <summary>A pointer field: (*T)(nil) when unset.</summary>
    public static string Pointer(string type, object? value) => value is null ? $"(*{type})(nil)" : $"(*{type})(0x0)";

    public static string Quote(string? value) => GoStrings.Quote(value ?? "");

    public static string Map(IReadOnlyDictionary<string, string>? map) => map is null
        ? "map[string]string(nil)"
        : "map[string]string{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{GoStrings.Quote(e.Key)}:{GoStrings.Quote(e.Value)}")) + "}";

    public static string Strings(IReadOnlyList<string>? list) => list is null
        ? "[]string(nil)"
        : "[]string{" + string.Join(", ", list.Select(GoStrings.Quote)) + "}";

    public override string ToString() => _text;
}
