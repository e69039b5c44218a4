using System.Globalization;
using Dotkube.Api.Values;

namespace Dotkube.Api.Validation.Batch;

/// <summary>One cron field's bounds and names, and robfig/cron's getField/getRange checks.</summary>
internal sealed class CronField(int min, int max, IReadOnlyDictionary<string, int>? names)
{
    public string? Error(string field)
    {
        foreach (var expr in field.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (RangeError(expr) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private string? RangeError(string expr)
    {
        var rangeAndStep = expr.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        long start;
        long end;
        if (lowAndHigh[0] is "*" or "?")
        {
            start = min;
            end = max;
        }
        else
        {
            if (!TryParse(lowAndHigh[0], true, out start, out var error))
            {
                return error;
            }

            switch (lowAndHigh.Length)
            {
                case 1:
                    end = start;
                    break;
                case 2:
                    if (!TryParse(lowAndHigh[1], true, out end, out error))
                    {
                        return error;
                    }

                    break;
                default:
                    return $"too many hyphens: {expr}";
            }
        }

        long step = 1;
        switch (rangeAndStep.Length)
        {
            case 1:
                break;
            case 2:
                if (!TryParse(rangeAndStep[1], false, out step, out var stepError))
                {
                    return stepError;
                }

                // "N/step" means "N-max/step".
                if (lowAndHigh.Length == 1)
                {
                    end = max;
                }

                break;
            default:
                return $"too many slashes: {expr}";
        }

        return start < min ? Format($"beginning of range ({start}) below minimum ({min}): {expr}")
            : end > max ? Format($"end of range ({end}) above maximum ({max}): {expr}")
            : start > end ? Format($"beginning of range ({start}) beyond end of range ({end}): {expr}")
            : step == 0 ? $"step of range should be a positive number: {expr}"
            : null;
    }

    /// <summary>parseIntOrName / mustParseInt: a name (case-insensitive) or a non-negative strconv.Atoi number.</summary>
    private bool TryParse(string text, bool allowNames, out long value, out string? error)
    {
        error = null;
        if (allowNames && names is not null && names.TryGetValue(text.ToLowerInvariant(), out var named))
        {
            value = named;
            return true;
        }

        if (GoStrings.AtoiError(text) is { } atoi)
        {
            value = 0;
            error = $"failed to parse int from {text}: {atoi}";
            return false;
        }

        value = long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (value < 0)
        {
            error = Format($"negative number ({value}) not allowed: {text}");
            return false;
        }

        return true;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
