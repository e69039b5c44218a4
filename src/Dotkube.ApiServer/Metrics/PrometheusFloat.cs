using System.Globalization;
using System.Text;

namespace Dotkube.ApiServer.Metrics;

/// <summary>
/// Numbers as client_golang's text format writes them: strconv.FormatFloat(v, 'g', -1, 64),
/// the shortest digits that round-trip, switching to an exponent below 1e-4 and from 1e6 on
/// ("1e+06", "1.00624648e+08"), plus "+Inf", "-Inf" and "NaN". Scrapers parse either form,
/// but histogram "le" labels are compared as strings by people and dashboards, so they must
/// read exactly as upstream's.
/// </summary>
internal static class PrometheusFloat
{
    public static void Append(StringBuilder b, double value)
    {
        if (double.IsNaN(value))
        {
            b.Append("NaN");
            return;
        }

        if (double.IsInfinity(value))
        {
            b.Append(value > 0 ? "+Inf" : "-Inf");
            return;
        }

        if (value == 0)
        {
            b.Append(double.IsNegative(value) ? "-0" : "0");
            return;
        }

        if (value < 0)
        {
            b.Append('-');
            value = -value;
        }

        var (digits, point) = Shortest(value);
        var exp = point - 1;
        if (exp < -4 || exp >= 6)
        {
            b.Append(digits[0]);
            if (digits.Length > 1)
            {
                b.Append('.').Append(digits, 1, digits.Length - 1);
            }

            b.Append('e').Append(exp < 0 ? '-' : '+');
            var magnitude = Math.Abs(exp);
            if (magnitude < 10)
            {
                b.Append('0');
            }

            b.Append(magnitude.ToString(CultureInfo.InvariantCulture));
            return;
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
    }

    public static string Format(double value)
    {
        var b = new StringBuilder();
        Append(b, value);
        return b.ToString();
    }

    /// <summary>The shortest round-trip digits of a positive value and where the decimal point goes (0.0123 is "123", -1).</summary>
    private static (string Digits, int Point) Shortest(double value)
    {
        // "R" is .NET's shortest round-trip form, in either "123.45" or "1.2345E+20" shape.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits, point - leading);
    }
}
