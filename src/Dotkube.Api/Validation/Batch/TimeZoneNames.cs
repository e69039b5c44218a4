using System.Text.RegularExpressions;

namespace Dotkube.Api.Validation.Batch;

/// <summary>CronJob time zones: upstream's validateTimeZone and Go's time.LoadLocation, against the IANA database.</summary>
public static partial class TimeZoneNames
{
    /// <summary>Upstream validateTimeZone: null is fine; the name must be an explicit IANA zone.</summary>
    public static void Validate(string? timeZone, FieldPath path, List<FieldError> errors)
    {
        if (timeZone is null)
        {
            return;
        }

        if (timeZone.Length == 0)
        {
            errors.Add(FieldError.Invalid(path, timeZone, "timeZone must be nil or non-empty string"));
            return;
        }

        // IANA naming rules (theory.html#naming), with digits and '+' tolerated for legacy names.
        foreach (var part in timeZone.Split('/'))
        {
            if (part is "." or ".." || part.StartsWith('-') || !ZonePart().IsMatch(part))
            {
                errors.Add(FieldError.Invalid(path, timeZone, $"unknown time zone {timeZone}"));
                return;
            }
        }

        if (string.Equals(timeZone, "Local", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(FieldError.Invalid(path, timeZone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
        }

        if (LoadError(timeZone) is { } error)
        {
            errors.Add(FieldError.Invalid(path, timeZone, error));
        }
    }

    /// <summary>time.LoadLocation's error for <paramref name="name"/>, or null when Go would load it.</summary>
    public static string? LoadError(string name)
    {
        if (name is "" or "UTC" or "Local")
        {
            return null;
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/') || name.StartsWith('\\'))
        {
            return "time: invalid location name";
        }

        // Only IANA ids: .NET would also accept Windows zone names, which Go does not know.
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? null : $"unknown time zone {name}";
    }

    [GeneratedRegex(@"^[A-Za-z\.\-_0-9+]{1,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ZonePart();
}
