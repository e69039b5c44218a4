using System.Globalization;
using System.Text;

namespace Dotkube.Kubelet.Logs;

/// <summary>
/// A CRI log line's RFC 3339 timestamp with its full nanoseconds (DateTimeOffset keeps 100 ns
/// ticks) and its offset, so timestamps=true prints what upstream prints: Go's
/// 2006-01-02T15:04:05.000000000Z07:00, nine fraction digits, Z for UTC.
/// </summary>
public readonly record struct LogTimestamp(DateTimeOffset Instant, int Nanoseconds)
{
    /// <summary>Parses yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm) from ASCII bytes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out LogTimestamp timestamp)
    {
        timestamp = default;
        if (text.Length < 20 || text[10] != (byte)'T')
            return false;
        Span<char> chars = stackalloc char[text.Length];
        Encoding.ASCII.GetChars(text, chars);
        if (!DateTime.TryParseExact(chars[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var seconds))
            return false;

        var rest = chars[19..];
        var nanoseconds = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
                digits++;
            if (digits == 1 || digits > 10)
                return false;
            foreach (var digit in rest[1..digits])
                nanoseconds = nanoseconds * 10 + (digit - '0');
            for (var padding = digits - 1; padding < 9; padding++)
                nanoseconds *= 10;
            rest = rest[digits..];
        }

        TimeSpan offset;
        if (rest is ['Z'])
            offset = TimeSpan.Zero;
        else if (rest.Length == 6 && rest[0] is '+' or '-'
                 && TimeSpan.TryParseExact(rest[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var magnitude))
            offset = rest[0] == '-' ? -magnitude : magnitude;
        else
            return false;

        var instant = new DateTimeOffset(seconds.AddTicks(nanoseconds / 100), offset);
        timestamp = new LogTimestamp(instant, nanoseconds);
        return true;
    }

    /// <summary>Upstream's timeFormatOut: nine fraction digits, the original offset, Z when it is zero.</summary>
    public string Format()
    {
        var offset = Instant.Offset;
        var zone = offset == TimeSpan.Zero
            ? "Z"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Instant:yyyy-MM-dd'T'HH:mm:ss}.{Nanoseconds:D9}{zone}");
    }
}
