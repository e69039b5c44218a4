using Dotkube.Api.Values;

namespace Dotkube.Api.Tests.Values;

public class IntOrStringScalingTests
{
    [Theory]
    [InlineData(5, 10, true, 5)]
    [InlineData(5, 10, false, 5)]
    [InlineData(-3, 10, false, -3)]
    public void GetScaledValue_Int_ReturnsItUnscaled(int value, int total, bool roundUp, int expected) =>
        Assert.Equal(expected, IntOrStringScaling.GetScaledValueFromIntOrPercent(IntOrString.FromInt(value), total, roundUp));

    [Theory]
    [InlineData("25%", 10, true, 3)]
    [InlineData("25%", 10, false, 2)]
    [InlineData("25%", 4, true, 1)]
    [InlineData("0%", 10, true, 0)]
    [InlineData("100%", 7, false, 7)]
    [InlineData("1%", 1, true, 1)]
    [InlineData("1%", 1, false, 0)]
    [InlineData("-10%", 10, false, -1)]
    [InlineData("+10%", 10, true, 1)]
    public void GetScaledValue_Percent_ScalesAndRounds(string value, int total, bool roundUp, int expected) =>
        Assert.Equal(expected, IntOrStringScaling.GetScaledValueFromIntOrPercent(IntOrString.FromString(value), total, roundUp));

    [Theory]
    [InlineData("25", "invalid value for IntOrString: invalid type: string is not a percentage")]
    [InlineData("abc", "invalid value for IntOrString: invalid type: string is not a percentage")]
    [InlineData("abc%", "invalid value for IntOrString: invalid value \"abc%\": strconv.Atoi: parsing \"abc\": invalid syntax")]
    [InlineData("%", "invalid value for IntOrString: invalid value \"%\": strconv.Atoi: parsing \"\": invalid syntax")]
    [InlineData("1.5%", "invalid value for IntOrString: invalid value \"1.5%\": strconv.Atoi: parsing \"1.5\": invalid syntax")]
    [InlineData("99999999999999999999%", "invalid value for IntOrString: invalid value \"99999999999999999999%\": strconv.Atoi: parsing \"99999999999999999999\": value out of range")]
    public void TryGetScaledValue_InvalidString_ReturnsUpstreamError(string value, string expected)
    {
        Assert.False(IntOrStringScaling.TryGetScaledValueFromIntOrPercent(IntOrString.FromString(value), 10, true, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryGetScaledValue_Null_ReturnsUpstreamError()
    {
        Assert.False(IntOrStringScaling.TryGetScaledValueFromIntOrPercent(null, 10, true, out _, out var error));
        Assert.Equal("nil value for IntOrString", error);
        Assert.Throws<FormatException>(() => IntOrStringScaling.GetScaledValueFromIntOrPercent(null, 1, false));
    }
}
