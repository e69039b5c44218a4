using System.Text.Json;
using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Values;

public class QuantityArithmeticTests
{
    [Theory]
    [InlineData("5Gi", "5120Mi")]
    [InlineData("1", "1000m")]
    [InlineData("1e3", "1k")]
    [InlineData("+1", "1")]
    [InlineData("0", "0Ki")]
    [InlineData("1.5", "1500m")]
    [InlineData("0.5Mi", "512Ki")]
    public void Equals_SameValueDifferentForms_AreEqualWithEqualHashes(string left, string right)
    {
        var a = Quantity.Parse(left);
        var b = Quantity.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("0", "0", 0)]
    [InlineData("100m", "50m", 1)]
    [InlineData("50m", "100m", -1)]
    [InlineData("10000T", "100Gi", 1)]
    [InlineData("-1", "1m", -1)]
    [InlineData("-2", "-1", -1)]
    [InlineData("1e100", "1E", 1)]
    [InlineData("-1e100", "-1E", -1)]
    [InlineData("1e-9", "1n", 0)]
    [InlineData("999999999999999999999", "1e21", -1)]
    public void CompareTo_Values_OrdersByValue(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(Quantity.Parse(left).CompareTo(Quantity.Parse(right))));
        Assert.Equal(-expected, Math.Sign(Quantity.Parse(right).CompareTo(Quantity.Parse(left))));
    }

    [Theory]
    [InlineData("100m", "0", "100m")]
    [InlineData("0", "100m", "100m")]
    [InlineData("1Gi", "0", "1Gi")]
    [InlineData("0", "1Gi", "1Gi")]
    [InlineData("1", "500m", "1500m")]
    [InlineData("1Gi", "1Gi", "2Gi")]
    [InlineData("1k", "1Ki", "2024")]
    public void Add_Values_SumsAndKeepsFormatAsUpstream(string left, string right, string expected) =>
        Assert.Equal(expected, (Quantity.Parse(left) + Quantity.Parse(right)).ToString());

    [Theory]
    [InlineData("100m", "0", "100m")]
    [InlineData("0", "100m", "-100m")]
    [InlineData("0", "1Gi", "-1Gi")]
    [InlineData("1", "1", "0")]
    [InlineData("2Gi", "1Gi", "1Gi")]
    public void Subtract_Values_DifferenceAsUpstream(string left, string right, string expected) =>
        Assert.Equal(expected, Quantity.Parse(left).Subtract(Quantity.Parse(right)).ToString());

    [Fact]
    public void Negate_Value_FlipsSign()
    {
        Assert.Equal("-9010m", Quantity.Parse("9.01").Negate().ToString());
        Assert.Equal("1Gi", (-Quantity.Parse("-1Gi")).ToString());
    }

    [Theory]
    [InlineData("1", 1L, 1000L)]
    [InlineData("1.5", 2L, 1500L)]
    [InlineData("100m", 1L, 100L)]
    [InlineData("1n", 1L, 1L)]
    [InlineData("-1.5", -2L, -1500L)]
    [InlineData("1Ki", 1024L, 1024000L)]
    [InlineData("0", 0L, 0L)]
    [InlineData("1e30", long.MaxValue, long.MaxValue)]
    [InlineData("-1e30", long.MinValue, long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue, long.MaxValue)]
    public void Value_RoundsAwayFromZeroAndSaturates(string input, long value, long milli)
    {
        var quantity = Quantity.Parse(input);

        Assert.Equal(value, quantity.Value());
        Assert.Equal(milli, quantity.MilliValue());
    }

    [Theory]
    [InlineData("9.01", -3, "9010m")]
    [InlineData("9.01", -1, "9100m")]
    [InlineData("9.01", 0, "10")]
    [InlineData("9.01", 2, "100")]
    [InlineData("-9.01", 0, "-10")]
    [InlineData("1n", 0, "1")]
    public void RoundUp_Scale_RoundsAwayFromZero(string input, int scale, string expected) =>
        Assert.Equal(expected, Quantity.Parse(input).RoundUp(scale).ToString());

    [Fact]
    public void SignAndIsZero_ReflectValue()
    {
        Assert.Equal(-1, Quantity.Parse("-1m").Sign);
        Assert.Equal(1, Quantity.Parse("1m").Sign);
        Assert.True(Quantity.Parse("0Mi").IsZero);
        Assert.True(Quantity.Zero.IsZero);
        Assert.Equal("0", Quantity.Zero.ToString());
    }

    [Fact]
    public void AsApproximateDouble_Value_IsClose()
    {
        Assert.Equal(1.5, Quantity.Parse("1500m").AsApproximateDouble());
        Assert.Equal(1073741824d, Quantity.Parse("1Gi").AsApproximateDouble());
    }

    private sealed record Holder(Quantity Amount);

    [Theory]
    [InlineData("{\"Amount\":\"1000m\"}", "{\"Amount\":\"1\"}")]
    [InlineData("{\"Amount\":\" 1\"}", "{\"Amount\":\"1\"}")]
    [InlineData("{\"Amount\":1}", "{\"Amount\":\"1\"}")]
    [InlineData("{\"Amount\":-1}", "{\"Amount\":\"-1\"}")]
    [InlineData("{\"Amount\":1.5}", "{\"Amount\":\"1500m\"}")]
    [InlineData("{\"Amount\":\"1536Mi\"}", "{\"Amount\":\"1536Mi\"}")]
    public void Json_ReadsStringsAndNumbers_WritesCanonical(string json, string expected)
    {
        var holder = JsonSerializer.Deserialize<Holder>(json)!;

        Assert.Equal(expected, JsonSerializer.Serialize(holder));
    }

    [Fact]
    public void Json_InvalidQuantity_ThrowsWithUpstreamMessage()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>("{\"Amount\":\"1Q\"}"));

        Assert.Contains(Quantity.FormatWrongMessage, error.Message, StringComparison.Ordinal);
    }
}
