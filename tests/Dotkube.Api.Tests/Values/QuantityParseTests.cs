using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Values;

public class QuantityParseTests
{
    [Theory]
    [InlineData("0", "0", QuantityFormat.DecimalSI)]
    [InlineData("0n", "0", QuantityFormat.DecimalSI)]
    [InlineData("0Ki", "0", QuantityFormat.BinarySI)]
    [InlineData("1", "1", QuantityFormat.DecimalSI)]
    [InlineData("1000m", "1", QuantityFormat.DecimalSI)]
    [InlineData("0.1", "100m", QuantityFormat.DecimalSI)]
    [InlineData("1.5", "1500m", QuantityFormat.DecimalSI)]
    [InlineData("1000", "1k", QuantityFormat.DecimalSI)]
    [InlineData("1000M", "1G", QuantityFormat.DecimalSI)]
    [InlineData("50k", "50k", QuantityFormat.DecimalSI)]
    [InlineData("100.035k", "100.035k", QuantityFormat.DecimalSI)]
    [InlineData("100.0350k", "100035", QuantityFormat.DecimalSI)]
    [InlineData("10.035M", "10.035M", QuantityFormat.DecimalSI)]
    [InlineData("10.0350M", "10035k", QuantityFormat.DecimalSI)]
    [InlineData("1.01E", "1010P", QuantityFormat.DecimalSI)]
    [InlineData("12E", "12E", QuantityFormat.DecimalSI)]
    [InlineData("1000E", "1e21", QuantityFormat.DecimalSI)]
    [InlineData("1e3", "1e3", QuantityFormat.DecimalExponent)]
    [InlineData("1e4", "10e3", QuantityFormat.DecimalExponent)]
    [InlineData("1E-3", "1E-3", QuantityFormat.DecimalExponent)]
    [InlineData("1.0E-3", "1e-3", QuantityFormat.DecimalExponent)]
    [InlineData("1.2e3", "1200", QuantityFormat.DecimalExponent)]
    [InlineData("1.3E+6", "1300e3", QuantityFormat.DecimalExponent)]
    [InlineData("0.5e-2", "5e-3", QuantityFormat.DecimalExponent)]
    [InlineData("1Ki", "1Ki", QuantityFormat.BinarySI)]
    [InlineData("1024Mi", "1Gi", QuantityFormat.BinarySI)]
    [InlineData("1.5Gi", "1536Mi", QuantityFormat.BinarySI)]
    [InlineData("0.5Mi", "512Ki", QuantityFormat.BinarySI)]
    [InlineData("1025", "1025", QuantityFormat.DecimalSI)]
    [InlineData(".001Ki", "1024m", QuantityFormat.BinarySI)]
    [InlineData(".000001Ki", "1024u", QuantityFormat.DecimalSI)]
    [InlineData(".000000001Ki", "1024n", QuantityFormat.DecimalSI)]
    [InlineData(".000000000001Ki", "2n", QuantityFormat.DecimalSI)]
    [InlineData("100.035Ki", "102435840m", QuantityFormat.BinarySI)]
    [InlineData("3.001n", "4n", QuantityFormat.DecimalSI)]
    [InlineData("1.1E-9", "2e-9", QuantityFormat.DecimalExponent)]
    [InlineData("0.0000000001", "1n", QuantityFormat.DecimalSI)]
    [InlineData("0.00000012345", "124n", QuantityFormat.DecimalSI)]
    [InlineData("0.9n", "1n", QuantityFormat.DecimalSI)]
    [InlineData("9Ei", "9223372036854775807", QuantityFormat.BinarySI)]
    [InlineData("9223372036854775807Ki", "9223372036854775807", QuantityFormat.BinarySI)]
    [InlineData("1.", "1.", QuantityFormat.DecimalSI)]
    [InlineData("1.G", "1.G", QuantityFormat.DecimalSI)]
    [InlineData(".0001k", "100m", QuantityFormat.DecimalSI)]
    [InlineData("-1.5", "-1500m", QuantityFormat.DecimalSI)]
    [InlineData("-0", "0", QuantityFormat.DecimalSI)]
    [InlineData("-1024Mi", "-1Gi", QuantityFormat.BinarySI)]
    public void Parse_Input_WritesUpstreamCanonicalForm(string input, string expected, QuantityFormat format)
    {
        var quantity = Quantity.Parse(input);

        Assert.Equal(expected, quantity.ToString());
        Assert.Equal(format, quantity.Format);
    }

    [Theory]
    [InlineData("+1")]
    [InlineData("01")]
    [InlineData("100m")]
    [InlineData("1.500")]
    [InlineData("1E3")]
    [InlineData("1025Mi")]
    public void Parse_CanonicalLookingText_IsKeptVerbatimAsUpstream(string input) =>
        Assert.Equal(input, Quantity.Parse(input).ToString());

    [Theory]
    [InlineData("Gi", QuantityFormat.BinarySI)]
    [InlineData("m", QuantityFormat.DecimalSI)]
    [InlineData(".", QuantityFormat.DecimalSI)]
    [InlineData("-", QuantityFormat.DecimalSI)]
    public void Parse_SuffixWithoutDigitsOnFastPath_IsZeroAsUpstream(string input, QuantityFormat format)
    {
        var quantity = Quantity.Parse(input);

        Assert.True(quantity.IsZero);
        Assert.Equal(format, quantity.Format);
    }

    [Theory]
    [InlineData("", Quantity.FormatWrongMessage)]
    [InlineData("1.2.3", Quantity.FormatWrongMessage)]
    [InlineData("1.1.M", Quantity.FormatWrongMessage)]
    [InlineData("1+1.0M", Quantity.FormatWrongMessage)]
    [InlineData("1Q", Quantity.FormatWrongMessage)]
    [InlineData("aoeu", Quantity.FormatWrongMessage)]
    [InlineData(" 1", Quantity.FormatWrongMessage)]
    [InlineData("1 ", Quantity.FormatWrongMessage)]
    [InlineData("0.1mi", Quantity.SuffixMessage)]
    [InlineData("0.1am", Quantity.FormatWrongMessage)]
    [InlineData(".5i", Quantity.SuffixMessage)]
    [InlineData("1i", Quantity.SuffixMessage)]
    [InlineData("-3.01i", Quantity.SuffixMessage)]
    [InlineData("-3.01e-", Quantity.SuffixMessage)]
    [InlineData("1K", Quantity.SuffixMessage)]
    [InlineData("1e4294967297", Quantity.SuffixMessage)]
    [InlineData("1E2147483648", Quantity.SuffixMessage)]
    [InlineData("Pi", Quantity.NumericMessage)]
    [InlineData("Ei", Quantity.NumericMessage)]
    public void TryParse_Invalid_ReturnsUpstreamError(string input, string message)
    {
        Assert.False(Quantity.TryParse(input, out _, out var error));
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => Quantity.Parse(input)).Message);
    }

    [Fact]
    public void FormatWrongMessage_IsUpstreamText() =>
        Assert.Equal(
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            Quantity.FormatWrongMessage);

    [Theory]
    [InlineData(1L, QuantityFormat.DecimalSI, "1m")]
    [InlineData(1000L, QuantityFormat.DecimalSI, "1")]
    [InlineData(1234000L, QuantityFormat.DecimalSI, "1234")]
    [InlineData(1024L, QuantityFormat.BinarySI, "1024m")]
    [InlineData(1000000L, QuantityFormat.DecimalExponent, "1e3")]
    [InlineData(1048576L, QuantityFormat.BinarySI, "1048576m")]
    public void FromMilli_Value_FormatsAsUpstream(long milli, QuantityFormat format, string expected) =>
        Assert.Equal(expected, Quantity.FromMilli(milli, format).ToString());

    [Theory]
    [InlineData(1073741824L, QuantityFormat.BinarySI, "1Gi")]
    [InlineData(314572800L, QuantityFormat.BinarySI, "300Mi")]
    [InlineData(1001L * 1024 * 1024 * 1024, QuantityFormat.BinarySI, "1001Gi")]
    [InlineData(5L, QuantityFormat.BinarySI, "5")]
    [InlineData(2000L, QuantityFormat.BinarySI, "2000")]
    [InlineData(-2000L, QuantityFormat.BinarySI, "-2000")]
    [InlineData(1000000000L, QuantityFormat.DecimalSI, "1G")]
    [InlineData(3000L, QuantityFormat.DecimalExponent, "3e3")]
    [InlineData(0L, QuantityFormat.DecimalExponent, "0")]
    public void FromInt64_Value_FormatsAsUpstream(long value, QuantityFormat format, string expected) =>
        Assert.Equal(expected, Quantity.FromInt64(value, format).ToString());

    [Theory]
    [InlineData(1L, -12, "1e-12")]
    [InlineData(1L, -10, "100e-12")]
    [InlineData(108L, -8, "1080n")]
    [InlineData(5L, 21, "5e21")]
    [InlineData(1L, 18, "1E")]
    public void FromScaled_OutsideSuffixRange_FallsBackToExponent(long value, int scale, string expected) =>
        Assert.Equal(expected, Quantity.FromScaled(value, scale).ToString());

    [Fact]
    public void ToString_BinaryPastEi_WritesExactDecimal()
    {
        var value = Quantity.Parse("1Ei").Multiply(1024);

        Assert.Equal("1180591620717411303424", value.ToString());
        Assert.Equal(value, Quantity.Parse(value.ToString()));
    }
}
