using System.Globalization;
using System.Numerics;

namespace Dotkube.Api.Values;

public sealed partial class Quantity
{
    /// <summary>Add: the sum takes this quantity's format, or <paramref name="other"/>'s when this is zero (as upstream).</summary>
    public Quantity Add(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (left, right, exponent) = Align(this, other);
        return new Quantity(left + right, exponent, IsZero ? other.Format : Format);
    }

    /// <summary>Sub: the difference takes this quantity's format, or <paramref name="other"/>'s when this is zero (as upstream).</summary>
    public Quantity Subtract(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (left, right, exponent) = Align(this, other);
        return new Quantity(left - right, exponent, IsZero ? other.Format : Format);
    }

    public Quantity Negate() => new(-_mantissa, _exponent, Format);

    /// <summary>Mul: this times an integer, keeping the format.</summary>
    public Quantity Multiply(long factor) => new(_mantissa * factor, _exponent, Format);

    /// <summary>Cmp: compares values, ignoring format and written form.</summary>
    public int CompareTo(Quantity? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        if (Sign == 0)
        {
            return 0;
        }

        // Settle by order of magnitude first so that a huge exponent gap never materializes 10^gap.
        var order = Magnitude(this).CompareTo(Magnitude(other));
        if (order != 0)
        {
            return Sign * order;
        }

        var (left, right, _) = Align(this, other);
        return left.CompareTo(right);
    }

    /// <summary>CmpInt64.</summary>
    public int CompareTo(long value) => CompareTo(FromInt64(value));

    /// <summary>Value: the value rounded up (away from zero) to an integer, saturating at the int64 range.</summary>
    public long Value() => ScaledValue(0);

    /// <summary>MilliValue: ceil(value * 1000), away from zero, saturating at the int64 range.</summary>
    public long MilliValue() => ScaledValue(-3);

    /// <summary>
    /// ScaledValue: value / 10^scale rounded away from zero, saturating at the int64 range
    /// (upstream's int64 fast path semantics, which every parsed quantity in range takes).
    /// </summary>
    public long ScaledValue(int scale)
    {
        if (IsZero)
        {
            return 0;
        }

        var shift = _exponent - scale;
        BigInteger result;
        if (shift >= 0)
        {
            if (shift >= 19)
            {
                return Sign > 0 ? long.MaxValue : long.MinValue;
            }

            result = _mantissa * BigInteger.Pow(10, (int)shift);
        }
        else
        {
            var magnitude = BigInteger.Abs(_mantissa);
            if (-shift > DecimalDigits(magnitude))
            {
                return Sign;
            }

            var quotient = BigInteger.DivRem(magnitude, BigInteger.Pow(10, (int)-shift), out var remainder);
            if (!remainder.IsZero)
            {
                quotient += 1;
            }

            result = Sign * quotient;
        }

        return result > long.MaxValue ? long.MaxValue : result < long.MinValue ? long.MinValue : (long)result;
    }

    /// <summary>
    /// RoundUp: the value rounded away from zero to a multiple of 10^<paramref name="scale"/>
    /// (RoundUp(-3) keeps millis). Returns this instance when nothing changes.
    /// </summary>
    public Quantity RoundUp(int scale)
    {
        if (IsZero || _exponent >= scale)
        {
            return this;
        }

        var magnitude = BigInteger.Abs(_mantissa);
        var drop = scale - _exponent;
        BigInteger quotient;
        if (drop > DecimalDigits(magnitude))
        {
            quotient = BigInteger.One;
        }
        else
        {
            quotient = BigInteger.DivRem(magnitude, BigInteger.Pow(10, (int)drop), out var remainder);
            if (!remainder.IsZero)
            {
                quotient += 1;
            }
        }

        return new Quantity(Sign * quotient, scale, Format);
    }

    /// <summary>AsApproximateFloat64: may lose precision; ±infinity outside the double range.</summary>
    public double AsApproximateDouble() =>
        double.Parse(
            _mantissa.ToString(CultureInfo.InvariantCulture) + "E" + _exponent.ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float,
            CultureInfo.InvariantCulture);

    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    public static Quantity operator -(Quantity left, Quantity right) => left.Subtract(right);

    public static Quantity operator -(Quantity value) => value.Negate();

    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>The exponent of the leading digit plus one: |value| lies in [10^(m-1), 10^m).</summary>
    private static long Magnitude(Quantity quantity) => DecimalDigits(BigInteger.Abs(quantity._mantissa)) + quantity._exponent;

    private static (BigInteger Left, BigInteger Right, long Exponent) Align(Quantity left, Quantity right)
    {
        if (left.IsZero)
        {
            return (BigInteger.Zero, right._mantissa, right._exponent);
        }

        if (right.IsZero)
        {
            return (left._mantissa, BigInteger.Zero, left._exponent);
        }

        var exponent = Math.Min(left._exponent, right._exponent);
        return (
            left._mantissa * BigInteger.Pow(10, checked((int)(left._exponent - exponent))),
            right._mantissa * BigInteger.Pow(10, checked((int)(right._exponent - exponent))),
            exponent);
    }
}
