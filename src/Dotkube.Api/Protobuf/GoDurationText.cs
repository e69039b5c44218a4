namespace Dotkube.Api.Protobuf;

/// <summary>Go's time.Duration.String: "1h2m3.5s", "1.5ms", "0s"; metav1.Duration's JSON form and upstream's messages.</summary>
public static class GoDurationText
{
    public static string Format(TimeSpan duration) => Format(duration.Ticks * TimeSpan.NanosecondsPerTick);

    public static string Format(long nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return "0s";
        }

        // Unsigned, so that long.MinValue has a magnitude.
        var u = nanoseconds < 0 ? (ulong)(-(nanoseconds + 1)) + 1 : (ulong)nanoseconds;
        Span<char> buffer = stackalloc char[32];
        var w = buffer.Length;
        if (u < 1_000_000_000)
        {
            // Under a second: the largest sub-second unit that keeps an integer part.
            int precision;
            string unit;
            if (u < 1_000)
            {
                (precision, unit) = (0, "ns");
            }
            else if (u < 1_000_000)
            {
                (precision, unit) = (3, "µs");
            }
            else
            {
                (precision, unit) = (6, "ms");
            }

            w -= unit.Length;
            unit.AsSpan().CopyTo(buffer[w..]);
            (w, u) = Fraction(buffer, w, u, precision);
            w = Integer(buffer, w, u);
        }
        else
        {
            buffer[--w] = 's';
            (w, u) = Fraction(buffer, w, u, 9);
            w = Integer(buffer, w, u % 60);
            u /= 60;
            if (u > 0)
            {
                buffer[--w] = 'm';
                w = Integer(buffer, w, u % 60);
                u /= 60;
                if (u > 0)
                {
                    buffer[--w] = 'h';
                    w = Integer(buffer, w, u);
                }
            }
        }

        if (nanoseconds < 0)
        {
            buffer[--w] = '-';
        }

        return new string(buffer[w..]);
    }

    /// <summary>Writes the low <paramref name="precision"/> digits as ".ddd" without trailing zeros.</summary>
    private static (int At, ulong Remaining) Fraction(Span<char> buffer, int w, ulong value, int precision)
    {
        var print = false;
        for (var i = 0; i < precision; i++)
        {
            var digit = value % 10;
            print = print || digit != 0;
            if (print)
            {
                buffer[--w] = (char)('0' + digit);
            }

            value /= 10;
        }

        if (print)
        {
            buffer[--w] = '.';
        }

        return (w, value);
    }

    private static int Integer(Span<char> buffer, int w, ulong value)
    {
        if (value == 0)
        {
            buffer[--w] = '0';
            return w;
        }

        while (value > 0)
        {
            buffer[--w] = (char)('0' + (value % 10));
            value /= 10;
        }

        return w;
    }
}
