using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dotkube.Api.Patching;

/// <summary>
/// The value model strategic merge patch works on, mirroring what upstream decodes JSON into:
/// objects are <see cref="PatchMap"/>, arrays <c>List&lt;object?&gt;</c>, integral numbers
/// <c>long</c> (k8s' json keeps ints as int64), other numbers <c>double</c>, plus string,
/// bool and null. Working on plain values avoids JsonNode's one-parent rule while elements move
/// between lists, and lets equality and error text follow Go's.
/// </summary>
internal static class GoValue
{
    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => FromObject(obj),
        JsonArray array => array.Select(FromNode).ToList(),
        JsonValue value => FromScalar(value),
        _ => throw new InvalidOperationException("unknown JSON node"),
    };

    public static PatchMap FromObject(JsonObject obj)
    {
        var map = new PatchMap();
        foreach (var (key, value) in obj)
        {
            map[key] = FromNode(value);
        }

        return map;
    }

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        PatchMap map => ToObject(map),
        List<object?> list => new JsonArray(list.Select(ToNode).ToArray()),
        string s => JsonValue.Create(s),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        _ => throw new InvalidOperationException($"unexpected value {value.GetType()}"),
    };

    public static JsonObject ToObject(PatchMap map)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map)
        {
            obj[key] = ToNode(value);
        }

        return obj;
    }

    /// <summary>Go's <c>==</c> on decoded JSON values: same dynamic type and same value.</summary>
    public static bool Equal(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => a == b,
        (long a, long b) => a == b,
        (double a, double b) => a.Equals(b),
        (bool a, bool b) => a == b,
        _ => false,
    };

    /// <summary>The Go type name <c>reflect.TypeOf</c> prints for a decoded value.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "<nil>",
        PatchMap => "map[string]interface {}",
        List<object?> => "[]interface {}",
        string => "string",
        long => "int64",
        double => "float64",
        bool => "bool",
        _ => value.GetType().Name,
    };

    /// <summary>Go's <c>%v</c>: maps print as <c>map[k:v ...]</c> with sorted keys, slices as <c>[a b]</c>.</summary>
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Go's <c>%s</c>: strings as they are, other scalars as <c>%!s(type=value)</c>.</summary>
    public static string FormatS(object? value) => value switch
    {
        string s => s,
        PatchMap or List<object?> => Format(value),
        null => "%!s(<nil>)",
        _ => $"%!s({TypeName(value)}={Format(value)})",
    };

    private static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("<nil>");
                break;
            case PatchMap map:
                sb.Append("map[");
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    sb.Append(first ? "" : " ").Append(key).Append(':');
                    Append(sb, map[key]);
                    first = false;
                }

                sb.Append(']');
                break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    sb.Append(i == 0 ? "" : " ");
                    Append(sb, list[i]);
                }

                sb.Append(']');
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FormatFloat(d));
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static object? FromScalar(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return value.GetValue<string>();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                // As k8s.io/apimachinery/pkg/util/json: integral literals that fit become int64.
                var text = value.ToJsonString();
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : double.Parse(text, CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    /// <summary>
    /// Go's <c>%v</c> of a float64: the shortest digits that round-trip, in exponent form when
    /// the decimal exponent is below -4 or at least 6 ("1e+06", "1.5e-05"), else plain.
    /// </summary>
    private static string FormatFloat(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return double.IsNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf";
        }

        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        var mantissa = shortest.Split('E')[0].TrimStart('-').Replace(".", "", StringComparison.Ordinal).Trim('0');
        var digits = Math.Max(1, mantissa.Length);
        var scientific = d.ToString("E" + (digits - 1), CultureInfo.InvariantCulture);
        var exponent = int.Parse(scientific[(scientific.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 6)
        {
            return $"{scientific[..scientific.IndexOf('E')]}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        return d.ToString("0.#################", CultureInfo.InvariantCulture);
    }
}
