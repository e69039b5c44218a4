using Dotkube.Client.LeaderElection;

namespace Dotkube.Client.Tests.LeaderElection;

public sealed class LeaderElectionOptionsTests
{
    [Fact]
    public void Defaults_AreUpstreams()
    {
        var options = new LeaderElectionOptions { LeaseName = "l", Identity = "a" };

        Assert.Equal(TimeSpan.FromSeconds(15), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RenewDeadline);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryPeriod);
        Assert.False(options.ReleaseOnCancel);
        options.Validate();
    }

    public static TheoryData<string, LeaderElectionOptions> Invalid => new()
    {
        { "no identity", new() { LeaseName = "l" } },
        { "no lease name", new() { Identity = "a" } },
        { "lease not longer than renew deadline", new() { LeaseName = "l", Identity = "a", LeaseDuration = TimeSpan.FromSeconds(10) } },
        {
            "renew deadline within jittered retry",
            new() { LeaseName = "l", Identity = "a", RenewDeadline = TimeSpan.FromSeconds(2.4), RetryPeriod = TimeSpan.FromSeconds(2) }
        },
        {
            "lease under a second",
            new() { LeaseName = "l", Identity = "a", LeaseDuration = TimeSpan.FromMilliseconds(900), RenewDeadline = TimeSpan.FromMilliseconds(500), RetryPeriod = TimeSpan.FromMilliseconds(100) }
        },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_Inconsistent_Throws(string name, LeaderElectionOptions options)
    {
        Assert.NotEmpty(name);
        Assert.ThrowsAny<ArgumentException>(options.Validate);
    }
}
