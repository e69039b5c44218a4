using System.Text;
using Dotkube.Kubelet.Logs;

namespace Dotkube.Kubelet.Tests.Logs;

public sealed class LogTimestampTests
{
    [Theory]
    [InlineData("2016-10-06T00:17:09.669794202Z", "2016-10-06T00:17:09.669794202Z")]
    [InlineData("2016-10-06T00:17:09.5Z", "2016-10-06T00:17:09.500000000Z")]
    [InlineData("2016-10-06T00:17:09Z", "2016-10-06T00:17:09.000000000Z")]
    [InlineData("2024-03-01T10:00:00.123456789+02:00", "2024-03-01T10:00:00.123456789+02:00")]
    [InlineData("2024-03-01T10:00:00.1-05:30", "2024-03-01T10:00:00.100000000-05:30")]
    public void Timestamps_print_with_nine_fraction_digits_and_their_own_offset(string input, string printed)
    {
        Assert.True(LogTimestamp.TryParse(Encoding.ASCII.GetBytes(input), out var timestamp));
        Assert.Equal(printed, timestamp.Format());
    }

    [Fact]
    public void The_instant_accounts_for_the_offset()
    {
        Assert.True(LogTimestamp.TryParse("2024-03-01T10:00:00.25+02:00"u8, out var timestamp));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, 250, TimeSpan.Zero), timestamp.Instant);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2016-10-06 00:17:09Z")]
    [InlineData("2016-10-06T00:17:09")]
    [InlineData("2016-10-06T00:17:09.Z")]
    [InlineData("2016-10-06T00:17:09.1234567890Z")]
    [InlineData("2016-13-06T00:17:09Z")]
    [InlineData("2016-10-06T00:17:09+0200")]
    public void Malformed_timestamps_are_refused(string input) =>
        Assert.False(LogTimestamp.TryParse(Encoding.ASCII.GetBytes(input), out _));
}
