using System.Globalization;
using System.Text;

namespace Dotkube.Api.Serialization;

/// <summary>
/// Go's float formatting, so numbers converted from YAML or to YAML read as upstream writes
/// them: encoding/json style for JSON ("1e+21", "1e-7", "1.5") and strconv 'g' with shortest
/// digits for YAML and map keys ("1e+06", "0.0001").
/// </summary>
public static class GoFloat
{
    /// <summary>encoding/json: plain decimal unless |v| &lt; 1e-6 or |v| &gt;= 1e21, exponent without padding.</summary>
    public static string FormatJson(double value)
    {
        var abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var e = Exponent(value, single: false);
            // encoding/json trims "e-07" to "e-7".
            return e.Replace("e-0", "e-", StringComparison.Ordinal);
        }

        return Plain(value, single: false);
    }

    /// <summary>strconv.FormatFloat(v, 'g', -1, bits).</summary>
    public static string FormatG(double value, bool single)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        // Shortest 'g' switches to an exponent below 1e-4 and from 1e6 on ("1e+06").
        var (_, point) = Shortest(value, single);
        var exp = point - 1;
        return exp < -4 || exp >= 6 ? Exponent(value, single) : Plain(value, single);
    }

    private static string Plain(double value, bool single)
    {
        var (digits, point) = Shortest(value, single);
        var b = new StringBuilder();
        if (value < 0)
        {
            b.Append('-');
        }

        if (point <= 0)
        {
            b.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            b.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            b.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return b.ToString();
    }

    private static string Exponent(double value, bool single)
    {
        var (digits, point) = Shortest(value, single);
        var b = new StringBuilder();
        if (value < 0)
        {
            b.Append('-');
        }

        b.Append(digits[0]);
        if (digits.Length > 1)
        {
            b.Append('.').Append(digits, 1, digits.Length - 1);
        }

        var exp = point - 1;
        b.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        return b.ToString();
    }

    /// <summary>Shortest round-trip decimal digits (no leading/trailing zeros) and the decimal point position.</summary>
    private static (string Digits, int Point) Shortest(double value, bool single)
    {
        var abs = Math.Abs(value);
        if (abs == 0)
        {
            return ("0", 1);
        }

        var text = single
            ? ((float)abs).ToString("E8", CultureInfo.InvariantCulture)
            : abs.ToString("R", CultureInfo.InvariantCulture);
        if (single)
        {
            // Find the fewest digits that still round-trip through float32, as Go's shortest mode does.
            var f = (float)abs;
            for (var precision = 0; precision <= 8; precision++)
            {
                var candidate = f.ToString("E" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (float.Parse(candidate, CultureInfo.InvariantCulture) == f)
                {
                    text = candidate;
                    break;
                }
            }
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? text : text[..e];
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var dot = mantissa.IndexOf('.');
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var all = intPart + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var point = intPart.Length + exponent;
        var trimmedStart = all.TrimStart('0');
        point -= all.Length - trimmedStart.Length;
        var digits = trimmedStart.TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, point);
    }
}
