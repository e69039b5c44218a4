using Dotkube.Api.Protobuf;

namespace Dotkube.Api.Tests.Protobuf;

public class GoDurationTextTests
{
    [Theory]
    [InlineData(0L, "0s")]
    [InlineData(1L, "1ns")]
    [InlineData(1_100L, "1.1µs")]
    [InlineData(2_200_000L, "2.2ms")]
    [InlineData(1_000_000_000L, "1s")]
    [InlineData(90_000_000_000L, "1m30s")]
    [InlineData(3_723_500_000_000L, "1h2m3.5s")]
    [InlineData(-5_000_000_000L, "-5s")]
    [InlineData(long.MinValue, "-2562047h47m16.854775808s")]
    public void Format_IsGosDurationString(long nanoseconds, string expected)
    {
        Assert.Equal(expected, GoDurationText.Format(nanoseconds));
    }
}
