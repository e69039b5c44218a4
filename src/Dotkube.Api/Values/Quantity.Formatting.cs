using System.Globalization;
using System.Numerics;

namespace Dotkube.Api.Values;

public sealed partial class Quantity
{
    private static readonly string[] BinarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

    /// <summary>
    /// upstream CanonicalizeBytes. Zero is "0". DecimalSI and DecimalExponent move every factor
    /// of ten into the exponent, then lower it to a multiple of 3 ("1500m", "1k", "1e3",
    /// "80e-3"). BinarySI uses the largest power of 1024 that divides the value ("1536Mi"), but
    /// falls back to DecimalSI for values in (-1024, 1024) or with a fraction ("5", "500m").
    /// Past the last suffix ("E", "Ei") or below "n" the exponent form is written instead of
    /// dropping the magnitude, as upstream's fix for "1000E" serializing as "1".
    /// </summary>
    private string FormatCanonical()
    {
        if (IsZero)
        {
            return "0";
        }

        var format = Format;
        if (format == QuantityFormat.BinarySI)
        {
            if (CompareTo(-1024) > 0 && CompareTo(1024) < 0)
            {
                format = QuantityFormat.DecimalSI;
            }
            else if (_exponent < 0)
            {
                // The normalized mantissa has no trailing zeros, so a negative exponent is a fraction.
                format = QuantityFormat.DecimalSI;
            }
            else if (FormatBinary() is { } binary)
            {
                return binary;
            }
            else
            {
                format = QuantityFormat.DecimalExponent;
            }
        }

        var mantissa = _mantissa;
        var exponent = _exponent;
        var remainder = (int)(((exponent % 3) + 3) % 3);
        if (remainder != 0)
        {
            mantissa *= remainder == 1 ? 10 : 100;
            exponent -= remainder;
        }

        var number = mantissa.ToString(CultureInfo.InvariantCulture);
        if (format == QuantityFormat.DecimalSI && exponent is >= -9 and <= 18)
        {
            return number + DecimalSuffix((int)exponent);
        }

        return exponent == 0 ? number : number + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The base-1024 form of a whole value, or null past "Ei".</summary>
    private string? FormatBinary()
    {
        // 10^e contributes e factors of two: 70 or more means 1024^7 divides the value, past "Ei".
        var twos = TrailingZeroBits(BigInteger.Abs(_mantissa)) + _exponent;
        if (twos >= 70)
        {
            return null;
        }

        var value = _mantissa * BigInteger.Pow(10, (int)_exponent);
        var power = (int)(twos / 10);
        return (value >> (10 * power)).ToString(CultureInfo.InvariantCulture) + BinarySuffixes[power];
    }

    private static long TrailingZeroBits(BigInteger magnitude)
    {
        long count = 0;
        while (magnitude.IsEven)
        {
            magnitude >>= 1;
            count++;
        }

        return count;
    }

    private static string DecimalSuffix(int exponent) => exponent switch
    {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        0 => "",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        _ => "E",
    };
}
