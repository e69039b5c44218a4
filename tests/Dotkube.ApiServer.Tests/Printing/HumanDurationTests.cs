using Dotkube.ApiServer.Printing;

namespace Dotkube.ApiServer.Tests.Printing;

public sealed class HumanDurationTests
{
    /// <summary>Every boundary of apimachinery's HumanDuration, on both sides.</summary>
    public static TheoryData<string, TimeSpan, string> Boundaries => new()
    {
        { "now", TimeSpan.Zero, "0s" },
        { "1s in the future is clock skew", TimeSpan.FromSeconds(-1), "0s" },
        { "1.9s in the future truncates to 1s of skew", TimeSpan.FromMilliseconds(-1900), "0s" },
        { "2s in the future is invalid", TimeSpan.FromSeconds(-2), "<invalid>" },
        { "fractions truncate", TimeSpan.FromMilliseconds(59_999), "59s" },
        { "seconds up to 2 minutes", TimeSpan.FromSeconds(119), "119s" },
        { "2 minutes exactly", TimeSpan.FromMinutes(2), "2m" },
        { "minutes and seconds", TimeSpan.FromSeconds(121), "2m1s" },
        { "last minute with seconds", new TimeSpan(0, 9, 59), "9m59s" },
        { "10 minutes drop the seconds", new TimeSpan(0, 10, 59), "10m" },
        { "minutes up to 3 hours", new TimeSpan(2, 59, 59), "179m" },
        { "3 hours exactly", TimeSpan.FromHours(3), "3h" },
        { "hours and minutes", new TimeSpan(3, 1, 30), "3h1m" },
        { "last hour with minutes", new TimeSpan(7, 59, 0), "7h59m" },
        { "8 hours drop the minutes", new TimeSpan(8, 59, 0), "8h" },
        { "hours up to 2 days", new TimeSpan(47, 59, 0), "47h" },
        { "2 days exactly", TimeSpan.FromDays(2), "2d" },
        { "days and hours", TimeSpan.FromHours(49), "2d1h" },
        { "last day with hours", new TimeSpan(7, 23, 0, 0), "7d23h" },
        { "8 days drop the hours", new TimeSpan(8, 23, 0, 0), "8d" },
        { "days up to 2 years", TimeSpan.FromDays(729), "729d" },
        { "2 years exactly", TimeSpan.FromDays(730), "2y" },
        { "years and days", TimeSpan.FromDays(731), "2y1d" },
        { "last year with days", TimeSpan.FromDays((365 * 8) - 1), "7y364d" },
        { "8 years drop the days", TimeSpan.FromDays((365 * 8) + 100), "8y" },
        { "decades", TimeSpan.FromDays(365 * 30), "30y" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Format_AtBoundary_MatchesUpstream(string because, TimeSpan duration, string expected)
    {
        Assert.True(because.Length > 0);
        Assert.Equal(expected, HumanDuration.Format(duration));
    }

    [Fact]
    public void Since_UnsetTimestamp_IsUnknown() =>
        Assert.Equal("<unknown>", HumanDuration.Since(default(DateTimeOffset), DateTimeOffset.UnixEpoch));

    [Fact]
    public void Since_PastTimestamp_IsItsAge() =>
        Assert.Equal("5m", HumanDuration.Since(GoldenTableTests.Now.AddMinutes(-5), GoldenTableTests.Now));
}
