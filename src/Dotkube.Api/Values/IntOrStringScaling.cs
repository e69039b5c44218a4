using System.Diagnostics.CodeAnalysis;

namespace Dotkube.Api.Values;

/// <summary>
/// intstr.GetScaledValueFromIntOrPercent: resolves an absolute number or a percentage of a
/// total, as Deployments use it for maxSurge (round up) and maxUnavailable (round down), and
/// PodDisruptionBudgets for minAvailable/maxUnavailable.
/// </summary>
public static class IntOrStringScaling
{
    /// <summary>Throws <see cref="FormatException"/> with upstream's error text.</summary>
    public static int GetScaledValueFromIntOrPercent(IntOrString? value, int total, bool roundUp) =>
        TryGetScaledValueFromIntOrPercent(value, total, roundUp, out var result, out var error)
            ? result
            : throw new FormatException(error);

    /// <summary>
    /// An int is returned as is; a string must be an integer followed by '%' and is scaled by
    /// <paramref name="total"/>/100, rounded up or down. Any other string is an error, with
    /// upstream's messages ("invalid value for IntOrString: invalid type: string is not a percentage").
    /// </summary>
    public static bool TryGetScaledValueFromIntOrPercent(
        IntOrString? value,
        int total,
        bool roundUp,
        out int result,
        [NotNullWhen(false)] out string? error)
    {
        result = 0;
        if (value is not { } intOrString)
        {
            error = "nil value for IntOrString";
            return false;
        }

        if (intOrString.IsInt)
        {
            result = intOrString.IntValue;
            error = null;
            return true;
        }

        var text = intOrString.StringValue!;
        if (!text.EndsWith('%'))
        {
            error = "invalid value for IntOrString: invalid type: string is not a percentage";
            return false;
        }

        var digits = text[..^1];
        if (GoStrings.AtoiError(digits) is { } atoiError)
        {
            error = $"invalid value for IntOrString: invalid value {GoStrings.Quote(text)}: {atoiError}";
            return false;
        }

        // As upstream: float64 arithmetic, then math.Ceil or math.Floor.
        var percent = GoStrings.TryParseInt64(digits, out var parsed) ? parsed : 0;
        var scaled = (double)percent * total / 100;
        result = (int)(roundUp ? Math.Ceiling(scaled) : Math.Floor(scaled));
        error = null;
        return true;
    }
}
