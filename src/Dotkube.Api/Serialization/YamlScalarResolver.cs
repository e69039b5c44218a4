using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Dotkube.Api.Serialization;

/// <summary>
/// YAML 1.1 implicit typing of plain scalars as gopkg.in/yaml.v2 (under sigs.k8s.io/yaml) does
/// it: y/yes/on/true are booleans, "~" and "" are null, 0x/0o/0b/leading-0 integers, "_"
/// separators, YAML-style floats and .inf/.nan. Timestamps stay strings, as v2 keeps them
/// when decoding into interface{}.
/// </summary>
internal static partial class YamlScalarResolver
{
    private static readonly Dictionary<string, YamlScalar> s_words = BuildWords();

    public static YamlScalar Resolve(string plain)
    {
        if (s_words.TryGetValue(plain, out var word))
        {
            return word;
        }

        if (plain.Length == 0)
        {
            return YamlScalar.Null;
        }

        var first = plain[0];
        if (first == '.')
        {
            // v2 tries a Go float parse for anything else starting with '.'.
            return TryGoFloat(plain, out var dot) ? Float(dot) : YamlScalar.String(plain);
        }

        if (first is not ('+' or '-') && !char.IsAsciiDigit(first))
        {
            return YamlScalar.String(plain);
        }

        var digits = plain.Replace("_", "", StringComparison.Ordinal);
        if (TryGoInteger(digits, out var integer))
        {
            return new YamlScalar(YamlScalarKind.Int, integer.ToString(CultureInfo.InvariantCulture));
        }

        if (YamlFloat().IsMatch(digits) && TryGoFloat(digits, out var number))
        {
            return Float(number);
        }

        return YamlScalar.String(plain);
    }

    private static YamlScalar Float(double value) =>
        double.IsFinite(value)
            ? new YamlScalar(YamlScalarKind.Float, GoFloat.FormatJson(value))
            : new YamlScalar(YamlScalarKind.Float, double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf");

    /// <summary>Go's strconv.ParseInt/ParseUint with base 0, limited to what fits int64 or uint64.</summary>
    private static bool TryGoInteger(string s, out BigInteger value)
    {
        value = default;
        var negative = false;
        var body = s.AsSpan();
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        var radix = 10;
        if (body.Length > 1 && body[0] == '0')
        {
            var prefix = char.ToLowerInvariant(body[1]);
            radix = prefix switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 8 };
            body = prefix is 'x' or 'o' or 'b' ? body[2..] : body[1..];
        }

        if (body.IsEmpty)
        {
            return false;
        }

        BigInteger result = 0;
        foreach (var c in body)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return false;
            }

            result = result * radix + digit;
        }

        value = negative ? -result : result;
        return value >= long.MinValue && value <= ulong.MaxValue;
    }

    private static bool TryGoFloat(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !s.EndsWith('.') || TryTrailingDot(s, out value);

    private static bool TryTrailingDot(string s, out double value)
    {
        // "1." is a float in Go and YAML; .NET rejects the bare trailing dot.
        value = 0;
        return s.EndsWith('.') && s.Length > 1
            && double.TryParse(s + "0", NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static Dictionary<string, YamlScalar> BuildWords()
    {
        var words = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        foreach (var w in new[] { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" })
        {
            words[w] = new YamlScalar(YamlScalarKind.Bool, "true");
        }

        foreach (var w in new[] { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" })
        {
            words[w] = new YamlScalar(YamlScalarKind.Bool, "false");
        }

        foreach (var w in new[] { "~", "null", "Null", "NULL" })
        {
            words[w] = YamlScalar.Null;
        }

        foreach (var w in new[] { ".nan", ".NaN", ".NAN" })
        {
            words[w] = new YamlScalar(YamlScalarKind.Float, "NaN");
        }

        foreach (var w in new[] { ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" })
        {
            words[w] = new YamlScalar(YamlScalarKind.Float, "+Inf");
        }

        foreach (var w in new[] { "-.inf", "-.Inf", "-.INF" })
        {
            words[w] = new YamlScalar(YamlScalarKind.Float, "-Inf");
        }

        words["<<"] = new YamlScalar(YamlScalarKind.Merge, "<<");
        return words;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlFloat();
}
