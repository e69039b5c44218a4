using System.Globalization;

namespace Dotkube.Api.Validation.Batch;

/// <summary>
/// The cron syntax CronJobs accept: robfig/cron's standard parser (five fields: minute, hour,
/// day of month, month, day of week; lists, ranges, steps, month and weekday names, "*" and "?"),
/// the descriptors (@yearly, @monthly, @weekly, @daily, @hourly, @every &lt;duration&gt;) and a
/// leading TZ= or CRON_TZ=. <see cref="ParseError"/> returns upstream's text, with Kubernetes'
/// "unparseable schedule" wrapper.
/// </summary>
public static class CronSchedule
{
    private static readonly CronField[] Fields =
    [
        new(0, 59, null),
        new(0, 23, null),
        new(1, 31, null),
        new(1, 12, new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
            ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        }),
        new(0, 6, new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["sun"] = 0, ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6,
        }),
    ];

    private static readonly HashSet<string> Descriptors =
        new(StringComparer.Ordinal) { "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly" };

    /// <summary>Null when the schedule parses, else the message Kubernetes reports.</summary>
    public static string? ParseError(string schedule)
    {
        var spec = schedule;
        if (spec.Length == 0)
        {
            return Wrap(schedule, "empty spec string");
        }

        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                // robfig/cron slices up to a missing space and panics; Kubernetes recovers.
                return "invalid schedule format: runtime error: slice bounds out of range [:-1]";
            }

            var zone = spec[(spec.IndexOf('=', StringComparison.Ordinal) + 1)..space];
            if (TimeZoneNames.LoadError(zone) is { } zoneError)
            {
                return Wrap(schedule, $"provided bad location {zone}: {zoneError}");
            }

            spec = spec[space..].Trim();
        }

        if (spec.StartsWith('@'))
        {
            return DescriptorError(spec) is { } error ? Wrap(schedule, error) : null;
        }

        var fields = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Fields.Length)
        {
            return Wrap(schedule, string.Create(CultureInfo.InvariantCulture,
                $"expected exactly {Fields.Length} fields, found {fields.Length}: [{string.Join(' ', fields)}]"));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (Fields[i].Error(fields[i]) is { } error)
            {
                return Wrap(schedule, error);
            }
        }

        return null;
    }

    private static string? DescriptorError(string spec)
    {
        if (Descriptors.Contains(spec))
        {
            return null;
        }

        const string every = "@every ";
        if (spec.StartsWith(every, StringComparison.Ordinal))
        {
            return GoDuration.ParseError(spec[every.Length..]) is { } error ? $"failed to parse duration {spec}: {error}" : null;
        }

        return $"unrecognized descriptor: {spec}";
    }

    private static string Wrap(string schedule, string error) => $"unparseable schedule: {schedule} : {error}";
}
