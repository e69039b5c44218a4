using System.Globalization;
using Dotkube.Api.Naming;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Apps;

/// <summary>
/// Upstream apps validation's int-or-percent helpers, shared with PodDisruptionBudgets:
/// ValidatePositiveIntOrPercent, IsNotMoreThan100Percent and getIntOrPercentValue.
/// </summary>
public static class IntOrPercentValidation
{
    public const string MaxPercentDetail = "must not be greater than 100%";

    /// <summary>A string must be a percentage ("25%"), a number must not be negative.</summary>
    public static void ValidatePositiveIntOrPercent(IntOrString? value, FieldPath path, List<FieldError> errors)
    {
        var v = value ?? IntOrString.FromInt(0);
        if (v.IsInt)
        {
            if (v.IntValue < 0)
            {
                errors.Add(FieldError.Invalid(path, (long)v.IntValue, WorkloadValidation.NonNegativeDetail));
            }

            return;
        }

        foreach (var message in NameValidation.IsValidPercent(v.StringValue!))
        {
            errors.Add(FieldError.Invalid(path, GoSyntax.Of(v), message));
        }
    }

    public static void IsNotMoreThan100Percent(IntOrString? value, FieldPath path, List<FieldError> errors)
    {
        if (PercentValue(value) is > 100)
        {
            errors.Add(FieldError.Invalid(path, GoSyntax.Of(value), MaxPercentDetail));
        }
    }

    /// <summary>The percentage for a valid percent string, else the int value (0 for other strings, as upstream's IntValue).</summary>
    public static int GetIntOrPercentValue(IntOrString? value)
    {
        if (PercentValue(value) is { } percent)
        {
            return percent;
        }

        return value is { IsInt: true } v ? v.IntValue : 0;
    }

    private static int? PercentValue(IntOrString? value)
    {
        if (value is not { IsInt: false } v || NameValidation.IsValidPercent(v.StringValue!).Count != 0)
        {
            return null;
        }

        // strconv.Atoi on the digits; an overflow yields 0 upstream (the error is ignored there).
        return int.TryParse(v.StringValue![..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent) ? percent : 0;
    }
}
